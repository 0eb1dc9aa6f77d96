package org.hrcg.model.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything drawn from one case study: the source and what it says. Slugs are unique within each
 * kind; references to slugs that this content does not describe are allowed, since another source
 * may describe them.
 */
public record CaseStudyContent(
    CaseStudy caseStudy,
    List<Territory> territories,
    List<Actor> actors,
    List<Practice> practices,
    List<Event> events,
    List<Statement> statements,
    List<Document> documents,
    List<Campaign> campaigns) {

  public CaseStudyContent {
    Objects.requireNonNull(caseStudy, "caseStudy");
    territories = Checks.unique(territories, Territory::slug, "territories");
    actors = Checks.unique(actors, Actor::slug, "actors");
    practices = Checks.unique(practices, Practice::slug, "practices");
    events = Checks.unique(events, Event::slug, "events");
    statements = Checks.unique(statements, Statement::slug, "statements");
    documents = Checks.unique(documents, Document::slug, "documents");
    campaigns = Checks.unique(campaigns, Campaign::slug, "campaigns");
  }

  /** A builder for the content of this case study. */
  public static Builder builder(CaseStudy caseStudy) {
    return new Builder(caseStudy);
  }

  /** Collects the resources of one case study; the record's constructor checks them. */
  public static final class Builder {
    private final CaseStudy caseStudy;
    private final List<Territory> territories = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Practice> practices = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();

    private Builder(CaseStudy caseStudy) {
      this.caseStudy = Objects.requireNonNull(caseStudy, "caseStudy");
    }

    public Builder territory(Territory territory) {
      territories.add(Objects.requireNonNull(territory, "territory"));
      return this;
    }

    public Builder actor(Actor actor) {
      actors.add(Objects.requireNonNull(actor, "actor"));
      return this;
    }

    public Builder practice(Practice practice) {
      practices.add(Objects.requireNonNull(practice, "practice"));
      return this;
    }

    public Builder event(Event event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    public Builder statement(Statement statement) {
      statements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    public Builder document(Document document) {
      documents.add(Objects.requireNonNull(document, "document"));
      return this;
    }

    public Builder campaign(Campaign campaign) {
      campaigns.add(Objects.requireNonNull(campaign, "campaign"));
      return this;
    }

    public CaseStudyContent build() {
      return new CaseStudyContent(
          caseStudy, territories, actors, practices, events, statements, documents, campaigns);
    }
  }
}
