package org.hrcg.model.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ResourceId;

/**
 * A local public policy, programme, body or instrument of one territory. Concept references are
 * slugs of the concept schemes ({@code themes} of the theme scheme, and so on).
 *
 * @param slug names the practice
 * @param labels its names, language-tagged
 * @param description what it is, or null
 * @param territory slug of the territory whose practice it is, or null
 * @param themes theme slugs
 * @param rights right slugs, for rights the source itself names
 * @param targetGroups target-group slugs
 * @param instruments instrument slugs
 * @param implementedBy slugs of the actors that carry it out
 * @param inspired practices or territories that it inspired
 * @param pairedWith slugs of practices the source explicitly pairs it with
 * @param statedIn slug of the (possibly joint) statement it is known from, or null
 * @param pillar slug of the pillar it serves, or null
 * @param presentedAt slugs of the events at which it was presented
 */
public record Practice(
    String slug,
    List<LangString> labels,
    LangString description,
    String territory,
    List<String> themes,
    List<String> rights,
    List<String> targetGroups,
    List<String> instruments,
    List<String> implementedBy,
    List<ResourceId> inspired,
    List<String> pairedWith,
    String statedIn,
    String pillar,
    List<String> presentedAt) {

  public Practice {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    Checks.optionalSlug(territory, "territory");
    themes = Checks.slugs(themes, "themes");
    rights = Checks.slugs(rights, "rights");
    targetGroups = Checks.slugs(targetGroups, "targetGroups");
    instruments = Checks.slugs(instruments, "instruments");
    implementedBy = Checks.slugs(implementedBy, "implementedBy");
    inspired = Checks.list(inspired, "inspired");
    for (ResourceId target : inspired) {
      if (target.kind() != Kind.PRACTICE && target.kind() != Kind.TERRITORY) {
        throw new IllegalArgumentException(
            "inspired: '" + target + "' is neither a practice nor a territory");
      }
    }
    pairedWith = Checks.slugs(pairedWith, "pairedWith");
    if (pairedWith.contains(slug)) {
      throw new IllegalArgumentException("pairedWith: practice '" + slug + "' names itself");
    }
    Checks.optionalSlug(statedIn, "statedIn");
    Checks.optionalSlug(pillar, "pillar");
    presentedAt = Checks.slugs(presentedAt, "presentedAt");
  }

  /** A builder for the practice with this slug; lists start empty, the rest null. */
  public static Builder builder(String slug) {
    return new Builder(slug);
  }

  /** Builds a {@link Practice}; the record's constructor checks the values. */
  public static final class Builder {
    private final String slug;
    private final List<LangString> labels = new ArrayList<>();
    private LangString description;
    private String territory;
    private final List<String> themes = new ArrayList<>();
    private final List<String> rights = new ArrayList<>();
    private final List<String> targetGroups = new ArrayList<>();
    private final List<String> instruments = new ArrayList<>();
    private final List<String> implementedBy = new ArrayList<>();
    private final List<ResourceId> inspired = new ArrayList<>();
    private final List<String> pairedWith = new ArrayList<>();
    private String statedIn;
    private String pillar;
    private final List<String> presentedAt = new ArrayList<>();

    private Builder(String slug) {
      this.slug = Objects.requireNonNull(slug, "slug");
    }

    public Builder label(LangString label) {
      labels.add(Objects.requireNonNull(label, "label"));
      return this;
    }

    public Builder description(LangString description) {
      this.description = description;
      return this;
    }

    public Builder territory(String territory) {
      this.territory = territory;
      return this;
    }

    public Builder themes(String... themes) {
      this.themes.addAll(List.of(themes));
      return this;
    }

    public Builder rights(String... rights) {
      this.rights.addAll(List.of(rights));
      return this;
    }

    public Builder targetGroups(String... targetGroups) {
      this.targetGroups.addAll(List.of(targetGroups));
      return this;
    }

    public Builder instruments(String... instruments) {
      this.instruments.addAll(List.of(instruments));
      return this;
    }

    public Builder implementedBy(String... actors) {
      this.implementedBy.addAll(List.of(actors));
      return this;
    }

    public Builder inspired(ResourceId... targets) {
      this.inspired.addAll(List.of(targets));
      return this;
    }

    public Builder pairedWith(String... practices) {
      this.pairedWith.addAll(List.of(practices));
      return this;
    }

    public Builder statedIn(String statement) {
      this.statedIn = statement;
      return this;
    }

    public Builder pillar(String pillar) {
      this.pillar = pillar;
      return this;
    }

    public Builder presentedAt(String... events) {
      this.presentedAt.addAll(List.of(events));
      return this;
    }

    public Practice build() {
      return new Practice(
          slug,
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
          presentedAt);
    }
  }
}
