package org.hrcg.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hrcg.model.domain.Actor;
import org.hrcg.model.domain.Campaign;
import org.hrcg.model.domain.CaseStudy;
import org.hrcg.model.domain.CaseStudyContent;
import org.hrcg.model.domain.Document;
import org.hrcg.model.domain.Event;
import org.hrcg.model.domain.LangString;
import org.hrcg.model.domain.Membership;
import org.hrcg.model.domain.Practice;
import org.hrcg.model.domain.Statement;
import org.hrcg.model.domain.Territory;
import org.hrcg.model.iri.ResourceId;

/**
 * Writes a case study's content in the YAML case-study format, version 1. Texts are always
 * double-quoted and escaped, so no label can be read as another type; slugs, dates and numbers are
 * plain. Empty lists and absent values are left out. Text in the case study's language is written
 * as a plain string, text in several languages as a mapping of language to text.
 */
final class CaseStudyYaml {

  private final StringBuilder out = new StringBuilder(1 << 16);
  private final String language;

  private CaseStudyYaml(String language) {
    this.language = language;
  }

  static String write(CaseStudyContent content) {
    CaseStudy caseStudy = content.caseStudy();
    String language = caseStudy.language() == null ? "en" : caseStudy.language();
    CaseStudyYaml yaml = new CaseStudyYaml(language);
    yaml.document(content);
    return yaml.out.toString();
  }

  private void document(CaseStudyContent content) {
    CaseStudy caseStudy = content.caseStudy();
    out.append("# Synthetic case study, generated for benchmarks; it describes nothing real.\n");
    out.append("hrcg-case-study: 1\n");
    out.append("case-study:\n");
    plain(2, "slug", caseStudy.slug());
    text(2, "title", caseStudy.title());
    plain(2, "publisher", caseStudy.publisher());
    plain(2, "issued", caseStudy.issued() == null ? null : caseStudy.issued().toString());
    if (caseStudy.source() != null) {
      quoted(2, "source", caseStudy.source().toString());
    }
    plain(2, "language", caseStudy.language());
    text(2, "description", caseStudy.description());
    text(2, "note", caseStudy.note());

    section("territories", content.territories().isEmpty());
    content.territories().forEach(this::territory);
    section("actors", content.actors().isEmpty());
    content.actors().forEach(this::actor);
    section("practices", content.practices().isEmpty());
    content.practices().forEach(this::practice);
    section("events", content.events().isEmpty());
    content.events().forEach(this::event);
    section("statements", content.statements().isEmpty());
    content.statements().forEach(this::statement);
    section("documents", content.documents().isEmpty());
    content.documents().forEach(this::document);
    section("campaigns", content.campaigns().isEmpty());
    content.campaigns().forEach(this::campaign);
  }

  private void section(String name, boolean empty) {
    if (!empty) {
      out.append(name).append(":\n");
    }
  }

  private void territory(Territory territory) {
    key(2, territory.slug());
    texts(4, "label", territory.labels());
    plain(4, "type", territory.type().name().toLowerCase(Locale.ROOT));
    slugs(4, "part-of", territory.partOf());
    text(4, "note", territory.note());
    plain(4, "wikidata", territory.wikidata());
    if (territory.coordinates() != null) {
      plain(4, "lat", decimal(territory.coordinates().latitude()));
      plain(4, "long", decimal(territory.coordinates().longitude()));
    }
  }

  private void actor(Actor actor) {
    key(2, actor.slug());
    texts(4, "label", actor.labels());
    plain(4, "type", actor.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    plain(4, "territory", actor.territory());
    slugs(4, "member-of", actor.memberOf());
    slugs(4, "governs", actor.governs());
    if (!actor.roles().isEmpty()) {
      key(4, "roles");
      for (Membership role : actor.roles()) {
        indent(6).append("- role: ").append(role.role()).append('\n');
        plain(8, "organization", role.organization());
      }
    }
  }

  private void practice(Practice practice) {
    key(2, practice.slug());
    texts(4, "label", practice.labels());
    text(4, "description", practice.description());
    plain(4, "territory", practice.territory());
    slugs(4, "themes", practice.themes());
    slugs(4, "rights", practice.rights());
    slugs(4, "target-groups", practice.targetGroups());
    slugs(4, "instruments", practice.instruments());
    slugs(4, "implemented-by", practice.implementedBy());
    if (!practice.inspired().isEmpty()) {
      indent(4).append("inspired: [");
      List<ResourceId> inspired = practice.inspired();
      for (int i = 0; i < inspired.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        ResourceId target = inspired.get(i);
        out.append('"').append(target.kind().path()).append(':').append(target.slug()).append('"');
      }
      out.append("]\n");
    }
    slugs(4, "paired-with", practice.pairedWith());
    plain(4, "stated-in", practice.statedIn());
    plain(4, "pillar", practice.pillar());
    slugs(4, "presented-at", practice.presentedAt());
  }

  private void event(Event event) {
    key(2, event.slug());
    texts(4, "label", event.labels());
    text(4, "description", event.description());
    plain(4, "start-date", event.startDate() == null ? null : event.startDate().toString());
    text(4, "venue", event.venue());
    plain(4, "territory", event.territory());
    slugs(4, "participants", event.participants());
    slugs(4, "advantages", event.advantages());
    slugs(4, "challenges", event.challenges());
  }

  private void statement(Statement statement) {
    key(2, statement.slug());
    texts(4, "label", statement.labels());
    text(4, "description", statement.description());
    text(4, "quote", statement.quote());
    plain(4, "speaker", statement.speaker());
    plain(4, "made-at", statement.madeAt());
    slugs(4, "territories", statement.territories());
    slugs(4, "advantages", statement.advantages());
    slugs(4, "challenges", statement.challenges());
  }

  private void document(Document document) {
    key(2, document.slug());
    texts(4, "label", document.labels());
    text(4, "description", document.description());
    slugs(4, "pillars", document.pillars());
    slugs(4, "presented-at", document.presentedAt());
  }

  private void campaign(Campaign campaign) {
    key(2, campaign.slug());
    texts(4, "label", campaign.labels());
    text(4, "description", campaign.description());
    slugs(4, "presented-at", campaign.presentedAt());
  }

  private StringBuilder indent(int spaces) {
    for (int i = 0; i < spaces; i++) {
      out.append(' ');
    }
    return out;
  }

  private void key(int level, String key) {
    indent(level).append(key).append(":\n");
  }

  private void plain(int level, String key, String value) {
    if (value != null) {
      indent(level).append(key).append(": ").append(value).append('\n');
    }
  }

  private void quoted(int level, String key, String value) {
    indent(level).append(key).append(": ");
    quote(value);
    out.append('\n');
  }

  private void slugs(int level, String key, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    indent(level).append(key).append(": [");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(values.get(i));
    }
    out.append("]\n");
  }

  private void text(int level, String key, LangString value) {
    if (value != null) {
      texts(level, key, List.of(value));
    }
  }

  private void texts(int level, String key, List<LangString> values) {
    if (values.isEmpty()) {
      return;
    }
    if (values.size() == 1 && values.get(0).lang().equals(language)) {
      quoted(level, key, values.get(0).text());
      return;
    }
    key(level, key);
    for (LangString value : values) {
      quoted(level + 2, value.lang(), value.text());
    }
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
