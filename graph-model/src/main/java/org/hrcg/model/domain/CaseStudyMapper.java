package org.hrcg.model.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ResourceId;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.HrcgPrefixes;
import org.hrcg.model.vocab.PROV;
import org.hrcg.model.vocab.SCHEMA;
import org.hrcg.model.vocab.WGS84;

/**
 * Maps the content of one case study to RDF in the hrcg vocabulary: the graph that the case study's
 * named graph will hold.
 *
 * <p>The same content always gives the same graph: every node is an IRI minted from slugs, and
 * nothing about the load (time, agent, file) goes in. Every resource drawn from the source,
 * membership and venue nodes included, carries {@code prov:wasDerivedFrom} the case study.
 * Territories and actors are typed with both their specific class and {@code hrc:Territory} or
 * {@code hrc:Actor}, so that a query or a shape that names the general class finds them without
 * reasoning. Symmetric {@code hrc:pairedWith} and inverse {@code hrc:inspiredBy} links are written
 * out both ways when both ends are described in the same content.
 */
public final class CaseStudyMapper {

  private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

  private final IriMinter minter;

  /** A mapper that mints IRIs with this minter. */
  public CaseStudyMapper(IriMinter minter) {
    this.minter = Objects.requireNonNull(minter, "minter");
  }

  /** The minter this mapper uses. */
  public IriMinter minter() {
    return minter;
  }

  /** The content as a new model, with hrcg's prefixes set. */
  public Model toModel(CaseStudyContent content) {
    Objects.requireNonNull(content, "content");
    return new Run(content).map();
  }

  /** The state of one mapping: the model being filled and the case study it draws from. */
  private final class Run {
    private final CaseStudyContent content;
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource source;
    private final Set<String> practices = new HashSet<>();
    private final Set<String> territories = new HashSet<>();

    Run(CaseStudyContent content) {
      this.content = content;
      this.source = model.createResource(minter.caseStudy(content.caseStudy().slug()));
      content.practices().forEach(practice -> practices.add(practice.slug()));
      content.territories().forEach(territory -> territories.add(territory.slug()));
    }

    Model map() {
      model.setNsPrefixes(HrcgPrefixes.asMap());
      caseStudy(content.caseStudy());
      content.territories().forEach(this::territory);
      content.actors().forEach(this::actor);
      content.practices().forEach(this::practice);
      content.events().forEach(this::event);
      content.statements().forEach(this::statement);
      content.documents().forEach(this::document);
      content.campaigns().forEach(this::campaign);
      return model;
    }

    private void caseStudy(CaseStudy caseStudy) {
      source.addProperty(RDF.type, HRC.CaseStudy);
      literal(source, RDFS.label, caseStudy.title());
      literal(source, DCTerms.title, caseStudy.title());
      if (caseStudy.publisher() != null) {
        source.addProperty(DCTerms.publisher, ref(Kind.ACTOR, caseStudy.publisher()));
      }
      if (caseStudy.issued() != null) {
        source.addProperty(
            DCTerms.issued,
            model.createTypedLiteral(caseStudy.issued().toString(), XSDDatatype.XSDdate));
      }
      if (caseStudy.source() != null) {
        source.addProperty(DCTerms.source, model.createResource(caseStudy.source().toString()));
      }
      if (caseStudy.language() != null) {
        source.addProperty(
            DCTerms.language,
            model.createTypedLiteral(caseStudy.language(), XSDDatatype.XSDlanguage));
      }
      literal(source, DCTerms.description, caseStudy.description());
      literal(source, SKOS.editorialNote, caseStudy.note());
    }

    private void territory(Territory territory) {
      Resource subject = drawn(Kind.TERRITORY, territory.slug(), territory.labels());
      subject.addProperty(RDF.type, HRC.Territory);
      switch (territory.type()) {
        case CITY -> subject.addProperty(RDF.type, HRC.City);
        case REGION -> subject.addProperty(RDF.type, HRC.Region);
        case COUNTRY -> subject.addProperty(RDF.type, HRC.Country);
        case TERRITORY -> {
          // the source leaves the kind of territory open: hrc:Territory says no more than it does
        }
      }
      refs(subject, HRC.partOf, Kind.TERRITORY, territory.partOf());
      if (territory.wikidata() != null) {
        subject.addProperty(
            OWL.sameAs, model.createResource(WIKIDATA_ENTITY + territory.wikidata()));
      }
      Coordinates point = territory.coordinates();
      if (point != null) {
        subject.addLiteral(WGS84.lat, decimal(point.latitude()));
        subject.addLiteral(WGS84.long_, decimal(point.longitude()));
      }
      literal(subject, SKOS.editorialNote, territory.note());
    }

    private void actor(Actor actor) {
      Resource subject = drawn(Kind.ACTOR, actor.slug(), actor.labels());
      subject.addProperty(RDF.type, HRC.Actor);
      subject.addProperty(
          RDF.type,
          switch (actor.type()) {
            case LOCAL_GOVERNMENT -> HRC.LocalGovernment;
            case ORGANIZATION -> HRC.Organization;
            case PERSON -> HRC.Person;
          });
      ref(subject, HRC.territory, Kind.TERRITORY, actor.territory());
      refs(subject, HRC.memberOf, Kind.ACTOR, actor.memberOf());
      refs(subject, HRC.governs, Kind.TERRITORY, actor.governs());
      for (Membership role : actor.roles()) {
        Resource membership = model.createResource(minter.membership(actor.slug(), role.role()));
        membership.addProperty(RDF.type, ORG.Membership);
        membership.addProperty(ORG.member, subject);
        ref(membership, ORG.organization, Kind.ACTOR, role.organization());
        membership.addProperty(ORG.role, concept("role", role.role()));
        membership.addProperty(PROV.wasDerivedFrom, source);
        subject.addProperty(HRC.role, membership);
      }
    }

    private void practice(Practice practice) {
      Resource subject = drawn(Kind.PRACTICE, practice.slug(), practice.labels());
      subject.addProperty(RDF.type, HRC.Practice);
      literal(subject, DCTerms.description, practice.description());
      ref(subject, HRC.territory, Kind.TERRITORY, practice.territory());
      concepts(subject, HRC.theme, "theme", practice.themes());
      concepts(subject, HRC.addressesRight, "right", practice.rights());
      concepts(subject, HRC.targetGroup, "target-group", practice.targetGroups());
      concepts(subject, HRC.instrument, "instrument", practice.instruments());
      refs(subject, HRC.implementedBy, Kind.ACTOR, practice.implementedBy());
      for (ResourceId target : practice.inspired()) {
        Resource inspired = model.createResource(minter.resource(target));
        subject.addProperty(HRC.inspired, inspired);
        if (describedHere(target)) {
          inspired.addProperty(HRC.inspiredBy, subject);
        }
      }
      for (String partner : practice.pairedWith()) {
        Resource other = ref(Kind.PRACTICE, partner);
        subject.addProperty(HRC.pairedWith, other);
        if (practices.contains(partner)) {
          other.addProperty(HRC.pairedWith, subject);
        }
      }
      ref(subject, HRC.statedIn, Kind.STATEMENT, practice.statedIn());
      if (practice.pillar() != null) {
        subject.addProperty(HRC.pillar, concept("pillar", practice.pillar()));
      }
      refs(subject, HRC.presentedAt, Kind.EVENT, practice.presentedAt());
    }

    private void event(Event event) {
      Resource subject = drawn(Kind.EVENT, event.slug(), event.labels());
      subject.addProperty(RDF.type, HRC.Event);
      literal(subject, DCTerms.description, event.description());
      if (event.startDate() != null) {
        subject.addProperty(
            SCHEMA.startDate,
            model.createTypedLiteral(event.startDate().toString(), XSDDatatype.XSDdate));
      }
      ref(subject, HRC.territory, Kind.TERRITORY, event.territory());
      if (event.venue() != null) {
        Resource venue = model.createResource(minter.venue(event.slug()));
        venue.addProperty(RDF.type, SCHEMA.Place);
        literal(venue, RDFS.label, event.venue());
        ref(venue, SCHEMA.containedInPlace, Kind.TERRITORY, event.territory());
        venue.addProperty(PROV.wasDerivedFrom, source);
        subject.addProperty(SCHEMA.location, venue);
      } else {
        ref(subject, SCHEMA.location, Kind.TERRITORY, event.territory());
      }
      refs(subject, HRC.participant, Kind.ACTOR, event.participants());
      concepts(subject, HRC.advantage, "advantage", event.advantages());
      concepts(subject, HRC.challenge, "challenge", event.challenges());
    }

    private void statement(Statement statement) {
      Resource subject = drawn(Kind.STATEMENT, statement.slug(), statement.labels());
      subject.addProperty(RDF.type, HRC.Statement);
      literal(subject, DCTerms.description, statement.description());
      literal(subject, HRC.quote, statement.quote());
      ref(subject, HRC.speaker, Kind.ACTOR, statement.speaker());
      ref(subject, HRC.madeAt, Kind.EVENT, statement.madeAt());
      refs(subject, HRC.territory, Kind.TERRITORY, statement.territories());
      concepts(subject, HRC.advantage, "advantage", statement.advantages());
      concepts(subject, HRC.challenge, "challenge", statement.challenges());
    }

    private void document(Document document) {
      Resource subject = drawn(Kind.DOCUMENT, document.slug(), document.labels());
      subject.addProperty(RDF.type, HRC.Document);
      literal(subject, DCTerms.description, document.description());
      concepts(subject, HRC.pillar, "pillar", document.pillars());
      refs(subject, HRC.presentedAt, Kind.EVENT, document.presentedAt());
    }

    private void campaign(Campaign campaign) {
      Resource subject = drawn(Kind.CAMPAIGN, campaign.slug(), campaign.labels());
      subject.addProperty(RDF.type, HRC.Campaign);
      literal(subject, DCTerms.description, campaign.description());
      refs(subject, HRC.presentedAt, Kind.EVENT, campaign.presentedAt());
    }

    /** A resource drawn from the source: labelled, and pointing to the case study. */
    private Resource drawn(Kind kind, String slug, List<LangString> labels) {
      Resource subject = ref(kind, slug);
      labels.forEach(label -> literal(subject, RDFS.label, label));
      subject.addProperty(PROV.wasDerivedFrom, source);
      return subject;
    }

    private boolean describedHere(ResourceId id) {
      return switch (id.kind()) {
        case PRACTICE -> practices.contains(id.slug());
        case TERRITORY -> territories.contains(id.slug());
        default -> false;
      };
    }

    private Resource ref(Kind kind, String slug) {
      return model.createResource(minter.resource(kind, slug));
    }

    private void ref(Resource subject, Property property, Kind kind, String slug) {
      if (slug != null) {
        subject.addProperty(property, ref(kind, slug));
      }
    }

    private void refs(Resource subject, Property property, Kind kind, List<String> slugs) {
      slugs.forEach(slug -> subject.addProperty(property, ref(kind, slug)));
    }

    private Resource concept(String scheme, String slug) {
      return model.createResource(minter.concept(scheme, slug));
    }

    private void concepts(Resource subject, Property property, String scheme, List<String> slugs) {
      slugs.forEach(slug -> subject.addProperty(property, concept(scheme, slug)));
    }

    private void literal(Resource subject, Property property, LangString value) {
      if (value != null) {
        subject.addProperty(property, model.createLiteral(value.text(), value.lang()));
      }
    }

    private org.apache.jena.rdf.model.Literal decimal(double degrees) {
      return model.createTypedLiteral(
          BigDecimal.valueOf(degrees).toPlainString(), XSDDatatype.XSDdecimal);
    }
  }
}
