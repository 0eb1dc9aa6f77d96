package org.hrcg.ingest.yaml;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ingest.Locations;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.concepts.Suggestions;
import org.hrcg.ingest.yaml.Values.Scalar;
import org.hrcg.ingest.yaml.YamlMap.Slugged;
import org.hrcg.model.domain.Actor;
import org.hrcg.model.domain.Campaign;
import org.hrcg.model.domain.CaseStudy;
import org.hrcg.model.domain.CaseStudyContent;
import org.hrcg.model.domain.CaseStudyMapper;
import org.hrcg.model.domain.Coordinates;
import org.hrcg.model.domain.Document;
import org.hrcg.model.domain.Event;
import org.hrcg.model.domain.LangString;
import org.hrcg.model.domain.Membership;
import org.hrcg.model.domain.Practice;
import org.hrcg.model.domain.Statement;
import org.hrcg.model.domain.Territory;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.ResourceId;
import org.hrcg.model.iri.Slugs;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.SCHEMA;
import org.hrcg.model.vocab.WGS84;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Maps one YAML case-study document (format version 1) to the domain records, and through {@link
 * CaseStudyMapper} to the case study's graph. One instance reads one file.
 *
 * <p>Every value is checked where it is written; a value that fails is reported and left out, so
 * that the rest of the file is still checked and mapped. Texts in languages beyond the first of a
 * single-valued field (a description in English and Spanish) are added to the mapped graph beside
 * the record's one.
 */
final class CaseStudyYaml {

  static final String FORMAT_KEY = "hrcg-case-study";

  static final FieldTable TOP =
      FieldTable.of(
          FORMAT_KEY,
          "case-study",
          "territories",
          "actors",
          "practices",
          "events",
          "statements",
          "documents",
          "campaigns");

  static final FieldTable CASE_STUDY =
      FieldTable.of(
          "slug",
          "title",
          DCTerms.title,
          RDFS.label,
          "publisher",
          DCTerms.publisher,
          "issued",
          DCTerms.issued,
          "source",
          DCTerms.source,
          "language",
          DCTerms.language,
          "description",
          DCTerms.description,
          "note",
          SKOS.editorialNote);

  static final FieldTable TERRITORY =
      FieldTable.of(
          "label",
          RDFS.label,
          "type",
          RDF.type,
          "part-of",
          HRC.partOf,
          "note",
          SKOS.editorialNote,
          "wikidata",
          OWL.sameAs,
          "lat",
          WGS84.lat,
          "long",
          WGS84.long_);

  static final FieldTable ACTOR =
      FieldTable.of(
          "label",
          RDFS.label,
          "type",
          RDF.type,
          "territory",
          HRC.territory,
          "member-of",
          HRC.memberOf,
          "governs",
          HRC.governs,
          "roles",
          HRC.role);

  static final FieldTable ROLE =
      FieldTable.of("role", ORG.role, "organization", ORG.organization, "note", SKOS.editorialNote);

  static final FieldTable PRACTICE =
      FieldTable.of(
          "label",
          RDFS.label,
          "description",
          DCTerms.description,
          "territory",
          HRC.territory,
          "themes",
          HRC.theme,
          "rights",
          HRC.addressesRight,
          "target-groups",
          HRC.targetGroup,
          "instruments",
          HRC.instrument,
          "implemented-by",
          HRC.implementedBy,
          "inspired",
          HRC.inspired,
          "paired-with",
          HRC.pairedWith,
          "stated-in",
          HRC.statedIn,
          "pillar",
          HRC.pillar,
          "presented-at",
          HRC.presentedAt);

  static final FieldTable EVENT =
      FieldTable.of(
          "label",
          RDFS.label,
          "description",
          DCTerms.description,
          "start-date",
          SCHEMA.startDate,
          "venue",
          SCHEMA.location,
          "territory",
          HRC.territory,
          SCHEMA.location,
          "participants",
          HRC.participant,
          "advantages",
          HRC.advantage,
          "challenges",
          HRC.challenge);

  static final FieldTable STATEMENT =
      FieldTable.of(
          "label",
          RDFS.label,
          "description",
          DCTerms.description,
          "quote",
          HRC.quote,
          "speaker",
          HRC.speaker,
          "made-at",
          HRC.madeAt,
          "territories",
          HRC.territory,
          "advantages",
          HRC.advantage,
          "challenges",
          HRC.challenge);

  static final FieldTable DOCUMENT =
      FieldTable.of(
          "label",
          RDFS.label,
          "description",
          DCTerms.description,
          "pillars",
          HRC.pillar,
          "presented-at",
          HRC.presentedAt);

  static final FieldTable CAMPAIGN =
      FieldTable.of(
          "label", RDFS.label, "description", DCTerms.description, "presented-at", HRC.presentedAt);

  /** The top-level section that defines each kind of resource. */
  static final Map<Kind, String> SECTIONS = sections();

  private static final Map<String, Territory.Type> TERRITORY_TYPES =
      choices(
          "city", Territory.Type.CITY,
          "region", Territory.Type.REGION,
          "country", Territory.Type.COUNTRY,
          "territory", Territory.Type.TERRITORY);

  private static final Map<String, Actor.Type> ACTOR_TYPES =
      choices(
          "person", Actor.Type.PERSON,
          "local-government", Actor.Type.LOCAL_GOVERNMENT,
          "organization", Actor.Type.ORGANIZATION);

  private final IriMinter minter;
  private final ConceptIndex concepts;
  private final Report r;
  private final Locations locations = new Locations();
  private final Map<Kind, Set<String>> defined = new EnumMap<>(Kind.class);
  private final List<Extra> extras = new ArrayList<>();
  private String language = "en";

  CaseStudyYaml(IriMinter minter, ConceptIndex concepts, Report report) {
    this.minter = minter;
    this.concepts = concepts;
    this.r = report;
  }

  /** A text beyond the first of a single-valued field, added to the graph after mapping. */
  private record Extra(String subject, Property property, LangString text) {}

  /** The case study's graph, or empty when the file does not name a valid case study. */
  Optional<SourceGraph> map(YamlMap root) {
    Formats.version(root, FORMAT_KEY, r);
    Map<Kind, List<Slugged>> sections = new EnumMap<>(Kind.class);
    SECTIONS.forEach(
        (kind, section) -> {
          List<Slugged> entries =
              root.get(section).map(node -> YamlMap.section(node, section, r)).orElse(List.of());
          sections.put(kind, entries);
          Set<String> slugs = new LinkedHashSet<>();
          entries.forEach(entry -> slugs.add(entry.slug()));
          defined.put(kind, slugs);
        });
    // After the sections: the publisher refers to an actor.
    Optional<CaseStudy> caseStudy = caseStudy(root);
    // Resources are checked even when the case study is unusable, so that one run reports all.
    List<Territory> territories = mapAll(sections.get(Kind.TERRITORY), this::territory);
    List<Actor> actors = mapAll(sections.get(Kind.ACTOR), this::actor);
    List<Practice> practices = mapAll(sections.get(Kind.PRACTICE), this::practice);
    List<Event> events = mapAll(sections.get(Kind.EVENT), this::event);
    List<Statement> statements = mapAll(sections.get(Kind.STATEMENT), this::statement);
    List<Document> documents = mapAll(sections.get(Kind.DOCUMENT), this::document);
    List<Campaign> campaigns = mapAll(sections.get(Kind.CAMPAIGN), this::campaign);
    if (caseStudy.isEmpty()) {
      return Optional.empty();
    }
    CaseStudyContent content =
        new CaseStudyContent(
            caseStudy.get(),
            territories,
            actors,
            practices,
            events,
            statements,
            documents,
            campaigns);
    Model model = new CaseStudyMapper(minter).toModel(content);
    for (Extra extra : extras) {
      model
          .createResource(extra.subject())
          .addProperty(
              extra.property(), model.createLiteral(extra.text().text(), extra.text().lang()));
    }
    String graph = minter.graph(caseStudy.get().slug());
    return Optional.of(new SourceGraph(graph, model, r.file(), locations));
  }

  // ---------------------------------------------------------------------------------------------
  // One method per kind
  // ---------------------------------------------------------------------------------------------

  private Optional<CaseStudy> caseStudy(YamlMap root) {
    Optional<Node> node = root.get("case-study");
    if (node.isEmpty()) {
      r.error(
          root.atOrStart("case-study"),
          "missing required field 'case-study' (its slug and title, at least)");
      return Optional.empty();
    }
    Optional<YamlMap> fields = YamlMap.fields(node.get(), "case-study", CASE_STUDY.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    Optional<String> stated = m.get("language").flatMap(n -> Values.languageTag(n, "language", r));
    stated.ifPresent(this::language);
    Optional<String> slug = caseStudySlug(m, root.atOrStart("case-study"));
    List<LangString> titles = m.get("title").map(n -> text(n, "title")).orElse(List.of());
    if (!m.has("title")) {
      r.error(root.atOrStart("case-study"), "case-study: missing required field 'title'");
    }
    Optional<LangString> title = titles.stream().findFirst();
    String publisher = ref(m, "publisher", Kind.ACTOR);
    LocalDate issued = m.get("issued").flatMap(n -> Values.date(n, "issued", r)).orElse(null);
    URI source = m.get("source").flatMap(n -> Values.url(n, "source", r)).orElse(null);
    if (slug.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    String iri = minter.caseStudy(slug.get());
    extras(iri, titles.subList(1, titles.size()), DCTerms.title, RDFS.label);
    LangString description = single(m, "description", iri, DCTerms.description);
    LangString note = single(m, "note", iri, SKOS.editorialNote);
    CASE_STUDY.locate(locations, iri, m.atOrStart("slug"), m);
    return built(
        m.atOrStart("slug"),
        "case-study",
        () ->
            new CaseStudy(
                slug.get(),
                title.get(),
                publisher,
                issued,
                source,
                stated.orElse(null),
                description,
                note));
  }

  private Optional<Territory> territory(Slugged entry) {
    String owner = "territory '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, TERRITORY.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.TERRITORY, entry.slug());
    List<LangString> labels = texts(m, "label");
    Territory.Type type =
        m.get("type")
            .flatMap(n -> choice(n, "type", "territory type", TERRITORY_TYPES))
            .orElse(Territory.Type.TERRITORY);
    List<String> partOf = refs(m, "part-of", Kind.TERRITORY);
    String wikidata = m.get("wikidata").flatMap(n -> Formats.wikidata(n, r)).orElse(null);
    Coordinates coordinates = coordinates(m, owner).orElse(null);
    LangString note = single(m, "note", iri, SKOS.editorialNote);
    TERRITORY.locate(locations, iri, entry.position(), m);
    return built(
        entry.position(),
        owner,
        () -> new Territory(entry.slug(), labels, type, partOf, wikidata, coordinates, note));
  }

  private Optional<Actor> actor(Slugged entry) {
    String owner = "actor '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, ACTOR.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    List<LangString> labels = texts(m, "label");
    Optional<Actor.Type> type =
        m.get("type").flatMap(n -> choice(n, "type", "actor type", ACTOR_TYPES));
    if (!m.has("type")) {
      r.error(
          entry.position(),
          owner + ": missing required field 'type' (person, local-government or organization)");
    }
    String territory = ref(m, "territory", Kind.TERRITORY);
    List<String> memberOf = refs(m, "member-of", Kind.ACTOR);
    List<String> governs = refs(m, "governs", Kind.TERRITORY);
    List<Membership> roles = roles(m, entry.slug());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!governs.isEmpty() && type.get() != Actor.Type.LOCAL_GOVERNMENT) {
      r.error(
          m.atOrStart("governs"),
          "governs: actor '"
              + entry.slug()
              + "' is a "
              + typeName(type.get())
              + "; only a local-government governs a territory");
      governs = List.of();
    }
    if (!roles.isEmpty() && type.get() != Actor.Type.PERSON) {
      r.error(
          m.atOrStart("roles"),
          "roles: actor '"
              + entry.slug()
              + "' is a "
              + typeName(type.get())
              + "; only a person holds roles");
      roles = List.of();
    }
    ACTOR.locate(locations, minter.resource(Kind.ACTOR, entry.slug()), entry.position(), m);
    List<String> governed = governs;
    List<Membership> held = roles;
    return built(
        entry.position(),
        owner,
        () -> new Actor(entry.slug(), labels, type.get(), territory, memberOf, governed, held));
  }

  private List<Membership> roles(YamlMap m, String person) {
    List<Membership> roles = new ArrayList<>();
    Optional<Node> node = m.get("roles");
    if (node.isEmpty()) {
      return roles;
    }
    for (Node item :
        Values.list(node.get(), "roles", "a role such as {role: mayor, organization: x}", r)) {
      Optional<YamlMap> fields =
          YamlMap.fields(item, "a role of '" + person + "'", ROLE.names(), r);
      if (fields.isEmpty()) {
        continue;
      }
      YamlMap role = fields.get();
      if (!role.has("role")) {
        r.error(item, "roles: missing required field 'role' (a role concept such as mayor)");
        continue;
      }
      Optional<String> slug = concept(role.get("role").get(), "role", "role");
      String organization = ref(role, "organization", Kind.ACTOR);
      if (slug.isEmpty()) {
        continue;
      }
      String iri = minter.membership(person, slug.get());
      // The record holds no note: every language of it goes to the graph beside the record.
      extras(iri, texts(role, "note"), SKOS.editorialNote);
      ROLE.locate(locations, iri, YamlLoader.position(item), role);
      locations.property(
          NodeFactory.createURI(iri), ORG.member.asNode(), YamlLoader.position(item));
      roles.add(new Membership(slug.get(), organization));
    }
    return roles;
  }

  private Optional<Practice> practice(Slugged entry) {
    String owner = "practice '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, PRACTICE.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.PRACTICE, entry.slug());
    List<LangString> labels = texts(m, "label");
    LangString description = single(m, "description", iri, DCTerms.description);
    String territory = ref(m, "territory", Kind.TERRITORY);
    List<String> themes = concepts(m, "themes", "theme");
    List<String> rights = concepts(m, "rights", "right");
    List<String> targetGroups = concepts(m, "target-groups", "target-group");
    List<String> instruments = concepts(m, "instruments", "instrument");
    List<String> implementedBy = refs(m, "implemented-by", Kind.ACTOR);
    List<ResourceId> inspired = inspired(m);
    List<String> pairedWith = refs(m, "paired-with", Kind.PRACTICE);
    String statedIn = ref(m, "stated-in", Kind.STATEMENT);
    String pillar = m.get("pillar").flatMap(n -> concept(n, "pillar", "pillar")).orElse(null);
    List<String> presentedAt = refs(m, "presented-at", Kind.EVENT);
    PRACTICE.locate(locations, iri, entry.position(), m);
    return built(
        entry.position(),
        owner,
        () ->
            new Practice(
                entry.slug(),
                labels,
                description,
                territory,
                themes,
                rights,
                targetGroups,
                instruments,
                implementedBy,
                inspired,
                pairedWith,
                statedIn,
                pillar,
                presentedAt));
  }

  private Optional<Event> event(Slugged entry) {
    String owner = "event '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, EVENT.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.EVENT, entry.slug());
    List<LangString> labels = texts(m, "label");
    LangString description = single(m, "description", iri, DCTerms.description);
    LocalDate startDate =
        m.get("start-date").flatMap(n -> Values.date(n, "start-date", r)).orElse(null);
    String venueIri = minter.venue(entry.slug());
    LangString venue = single(m, "venue", venueIri, RDFS.label);
    String territory = ref(m, "territory", Kind.TERRITORY);
    List<String> participants = refs(m, "participants", Kind.ACTOR);
    List<String> advantages = concepts(m, "advantages", "advantage");
    List<String> challenges = concepts(m, "challenges", "challenge");
    EVENT.locate(locations, iri, entry.position(), m);
    m.at("venue")
        .ifPresent(
            at -> {
              locations.subject(NodeFactory.createURI(venueIri), at);
              locations.property(NodeFactory.createURI(venueIri), RDFS.label.asNode(), at);
            });
    return built(
        entry.position(),
        owner,
        () ->
            new Event(
                entry.slug(),
                labels,
                description,
                startDate,
                venue,
                territory,
                participants,
                advantages,
                challenges));
  }

  private Optional<Statement> statement(Slugged entry) {
    String owner = "statement '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, STATEMENT.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.STATEMENT, entry.slug());
    List<LangString> labels = texts(m, "label");
    LangString description = single(m, "description", iri, DCTerms.description);
    LangString quote = single(m, "quote", iri, HRC.quote);
    String speaker = ref(m, "speaker", Kind.ACTOR);
    String madeAt = ref(m, "made-at", Kind.EVENT);
    List<String> territories = refs(m, "territories", Kind.TERRITORY);
    List<String> advantages = concepts(m, "advantages", "advantage");
    List<String> challenges = concepts(m, "challenges", "challenge");
    STATEMENT.locate(locations, iri, entry.position(), m);
    return built(
        entry.position(),
        owner,
        () ->
            new Statement(
                entry.slug(),
                labels,
                description,
                quote,
                speaker,
                madeAt,
                territories,
                advantages,
                challenges));
  }

  private Optional<Document> document(Slugged entry) {
    String owner = "document '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, DOCUMENT.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.DOCUMENT, entry.slug());
    List<LangString> labels = texts(m, "label");
    LangString description = single(m, "description", iri, DCTerms.description);
    List<String> pillars = concepts(m, "pillars", "pillar");
    List<String> presentedAt = refs(m, "presented-at", Kind.EVENT);
    DOCUMENT.locate(locations, iri, entry.position(), m);
    return built(
        entry.position(),
        owner,
        () -> new Document(entry.slug(), labels, description, pillars, presentedAt));
  }

  private Optional<Campaign> campaign(Slugged entry) {
    String owner = "campaign '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, CAMPAIGN.names(), r);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.CAMPAIGN, entry.slug());
    List<LangString> labels = texts(m, "label");
    LangString description = single(m, "description", iri, DCTerms.description);
    List<String> presentedAt = refs(m, "presented-at", Kind.EVENT);
    CAMPAIGN.locate(locations, iri, entry.position(), m);
    return built(
        entry.position(),
        owner,
        () -> new Campaign(entry.slug(), labels, description, presentedAt));
  }

  private static <T> List<T> mapAll(List<Slugged> entries, Function<Slugged, Optional<T>> kind) {
    List<T> records = new ArrayList<>();
    entries.forEach(entry -> kind.apply(entry).ifPresent(records::add));
    return records;
  }

  // ---------------------------------------------------------------------------------------------
  // Values
  // ---------------------------------------------------------------------------------------------

  private void language(String tag) {
    this.language = tag;
  }

  private Optional<String> caseStudySlug(YamlMap m, Position caseStudyKey) {
    if (!m.has("slug")) {
      r.error(caseStudyKey, "case-study: missing required field 'slug' (it names the graph)");
      return Optional.empty();
    }
    Node node = m.get("slug").get();
    return Values.slug(node, "slug", r)
        .filter(
            slug -> {
              if (ReservedGraph.isReserved(slug)) {
                r.error(node, "slug: '" + slug + "' names a reserved graph; choose another slug");
                return false;
              }
              return true;
            });
  }

  /** The record, or empty with the record's own complaint reported at the resource. */
  private <T> Optional<T> built(Position at, String owner, Supplier<T> record) {
    try {
      return Optional.of(record.get());
    } catch (IllegalArgumentException e) {
      r.error(at, owner + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private List<LangString> text(Node node, String field) {
    return Values.text(node, field, language, r);
  }

  private List<LangString> texts(YamlMap m, String field) {
    return m.get(field).map(node -> text(node, field)).orElse(List.of());
  }

  /** The first text of a single-valued field; its other languages go to the graph as extras. */
  private LangString single(YamlMap m, String field, String subject, Property... properties) {
    List<LangString> texts = texts(m, field);
    if (texts.isEmpty()) {
      return null;
    }
    extras(subject, texts.subList(1, texts.size()), properties);
    return texts.get(0);
  }

  private void extras(String subject, List<LangString> texts, Property... properties) {
    for (LangString text : texts) {
      for (Property property : properties) {
        extras.add(new Extra(subject, property, text));
      }
    }
  }

  private String ref(YamlMap m, String field, Kind kind) {
    Optional<Node> node = m.get(field);
    return node.flatMap(n -> Values.scalar(n, field, Values.a(kind.path() + " slug"), r))
        .flatMap(value -> reference(value, node.get(), field, kind))
        .orElse(null);
  }

  private List<String> refs(YamlMap m, String field, Kind kind) {
    List<String> slugs = new ArrayList<>();
    m.get(field)
        .ifPresent(
            node -> {
              for (Scalar item : Values.scalars(node, field, Values.a(kind.path() + " slug"), r)) {
                reference(item.text(), item.node(), field, kind).ifPresent(slugs::add);
              }
            });
    return slugs;
  }

  /** A slug defined in this file under its kind's section, or empty with the reason reported. */
  private Optional<String> reference(String value, Node node, String field, Kind kind) {
    Set<String> known = defined.get(kind);
    if (!Slugs.isValid(value)) {
      r.error(node, field + ": " + Values.invalidSlug(value, known));
      return Optional.empty();
    }
    if (!known.contains(value)) {
      r.error(
          node,
          field
              + ": "
              + kind.path()
              + " '"
              + value
              + "' is not defined under '"
              + SECTIONS.get(kind)
              + "' in this file"
              + Suggestions.didYouMean(value, known));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private List<ResourceId> inspired(YamlMap m) {
    List<ResourceId> targets = new ArrayList<>();
    Optional<Node> node = m.get("inspired");
    if (node.isEmpty()) {
      return targets;
    }
    for (Scalar item :
        Values.scalars(node.get(), "inspired", "a practice or territory reference", r)) {
      String value = item.text();
      Kind kind = Kind.PRACTICE;
      int colon = value.indexOf(':');
      if (colon >= 0) {
        String prefix = value.substring(0, colon).strip();
        Optional<Kind> named =
            "practice".equals(prefix)
                ? Optional.of(Kind.PRACTICE)
                : "territory".equals(prefix) ? Optional.of(Kind.TERRITORY) : Optional.empty();
        if (named.isEmpty()) {
          r.error(
              item.node(),
              "inspired: '"
                  + Values.shown(value)
                  + "' must be a practice slug, 'practice:slug' or 'territory:slug'");
          continue;
        }
        kind = named.get();
        value = value.substring(colon + 1).strip();
      }
      Kind target = kind;
      reference(value, item.node(), "inspired", kind)
          .ifPresent(slug -> targets.add(new ResourceId(target, slug)));
    }
    return targets;
  }

  private List<String> concepts(YamlMap m, String field, String scheme) {
    List<String> slugs = new ArrayList<>();
    m.get(field)
        .ifPresent(
            node -> {
              for (Scalar item :
                  Values.scalars(node, field, Values.a(scheme.replace('-', ' ') + " slug"), r)) {
                known(item.text(), item.node(), field, scheme).ifPresent(slugs::add);
              }
            });
    return slugs;
  }

  private Optional<String> concept(Node node, String field, String scheme) {
    return Values.scalar(node, field, Values.a(scheme + " slug"), r)
        .flatMap(value -> known(value, node, field, scheme));
  }

  private Optional<String> known(String value, Node node, String field, String scheme) {
    if (concepts.contains(scheme, value)) {
      return Optional.of(value);
    }
    r.error(node, field + ": " + concepts.unknown(scheme, value));
    return Optional.empty();
  }

  private <T> Optional<T> choice(Node node, String field, String what, Map<String, T> options) {
    return Values.scalar(node, field, Values.a(what), r)
        .flatMap(
            value -> {
              T chosen = options.get(value);
              if (chosen == null) {
                r.error(
                    node,
                    field
                        + ": '"
                        + Values.shown(value)
                        + "' is not "
                        + Values.a(what)
                        + " ("
                        + String.join(", ", options.keySet())
                        + ")"
                        + Suggestions.didYouMean(value, options.keySet()));
              }
              return Optional.ofNullable(chosen);
            });
  }

  private Optional<Coordinates> coordinates(YamlMap m, String owner) {
    Optional<BigDecimal> lat = m.get("lat").flatMap(n -> Values.decimal(n, "lat", -90, 90, r));
    Optional<BigDecimal> lon = m.get("long").flatMap(n -> Values.decimal(n, "long", -180, 180, r));
    if (m.has("lat") != m.has("long")) {
      r.error(
          m.atOrStart(m.has("lat") ? "lat" : "long"),
          owner + ": give lat and long together, or neither");
      return Optional.empty();
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Coordinates(lat.get().doubleValue(), lon.get().doubleValue()));
  }

  private static String typeName(Actor.Type type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Map<Kind, String> sections() {
    Map<Kind, String> sections = new EnumMap<>(Kind.class);
    sections.put(Kind.TERRITORY, "territories");
    sections.put(Kind.ACTOR, "actors");
    sections.put(Kind.PRACTICE, "practices");
    sections.put(Kind.EVENT, "events");
    sections.put(Kind.STATEMENT, "statements");
    sections.put(Kind.DOCUMENT, "documents");
    sections.put(Kind.CAMPAIGN, "campaigns");
    return sections;
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, T> choices(Object... namesAndValues) {
    Map<String, T> choices = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      choices.put((String) namesAndValues[i], (T) namesAndValues[i + 1]);
    }
    return choices;
  }
}
