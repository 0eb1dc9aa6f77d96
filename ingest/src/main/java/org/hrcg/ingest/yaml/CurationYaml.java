package org.hrcg.ingest.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ingest.Locations;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.yaml.Values.Scalar;
import org.hrcg.ingest.yaml.YamlMap.Slugged;
import org.hrcg.model.domain.LangString;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.HrcgPrefixes;
import org.hrcg.model.vocab.PROV;
import org.hrcg.model.vocab.WGS84;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Maps one YAML curation document (format version 1) to the curation graph: links that no source
 * states but a curator vouches for (Wikidata identities, coordinates, the rights and SDG targets a
 * practice serves). The graph names the curator with {@code prov:wasAttributedTo}; it is replaced
 * whole whenever a curation file is loaded.
 *
 * <p>The territories and practices named need not be described in this file: sources describe them.
 * Their slugs must be well formed, and concept slugs must exist in their scheme.
 */
final class CurationYaml {

  static final String FORMAT_KEY = "hrcg-curation";

  static final FieldTable TOP = FieldTable.of(FORMAT_KEY, "curation", "territories", "practices");

  static final FieldTable CURATION =
      FieldTable.of(
          "attributed-to",
          PROV.wasAttributedTo,
          "date",
          DCTerms.modified,
          "note",
          SKOS.editorialNote);

  static final FieldTable TERRITORY =
      FieldTable.of("wikidata", OWL.sameAs, "lat", WGS84.lat, "long", WGS84.long_);

  static final FieldTable PRACTICE =
      FieldTable.of("rights", HRC.addressesRight, "sdg", HRC.servesGoal);

  /** Namespace of the UN's SDG goal and target IRIs. */
  static final String SDG = "http://metadata.un.org/sdg/";

  private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

  /** A goal (1 to 17) or a target of one (11.3, 6.a). */
  private static final Pattern SDG_ID =
      Pattern.compile("(?:[1-9]|1[0-7])(?:\\.(?:[1-9][0-9]?|[a-z]))?");

  private final IriMinter minter;
  private final ConceptIndex concepts;
  private final Report r;
  private final Locations locations = new Locations();
  private final Model model = ModelFactory.createDefaultModel();

  CurationYaml(IriMinter minter, ConceptIndex concepts, Report report) {
    this.minter = minter;
    this.concepts = concepts;
    this.r = report;
  }

  /** The curation graph, or empty when the file's curation header is unusable. */
  Optional<SourceGraph> map(YamlMap root) {
    Formats.version(root, FORMAT_KEY, r);
    model.setNsPrefixes(HrcgPrefixes.asMap());
    String graph = minter.graph(ReservedGraph.CURATION);
    boolean attributed = curation(root, graph);
    root.get("territories")
        .ifPresent(node -> YamlMap.section(node, "territories", r).forEach(this::territory));
    root.get("practices")
        .ifPresent(node -> YamlMap.section(node, "practices", r).forEach(this::practice));
    if (!attributed) {
      return Optional.empty();
    }
    return Optional.of(new SourceGraph(graph, model, r.file(), locations));
  }

  /** The graph's own description: who made the judgements, and when. */
  private boolean curation(YamlMap root, String graph) {
    Optional<Node> node = root.get("curation");
    if (node.isEmpty()) {
      r.error(
          root.atOrStart("curation"),
          "missing required field 'curation' (attributed-to and date, at least)");
      return false;
    }
    Optional<YamlMap> fields = YamlMap.fields(node.get(), "curation", CURATION.names(), r);
    if (fields.isEmpty()) {
      return false;
    }
    YamlMap m = fields.get();
    Optional<String> agent =
        required(m, "attributed-to", root)
            .flatMap(n -> Values.scalar(n, "attributed-to", "the curator's name", r))
            .filter(name -> !name.isBlank());
    Optional<LocalDate> date = required(m, "date", root).flatMap(n -> Values.date(n, "date", r));
    if (agent.isEmpty() || date.isEmpty()) {
      return false;
    }
    Resource entity = model.createResource(graph);
    Resource curator = model.createResource(graph + "#agent");
    curator.addProperty(RDF.type, PROV.Agent);
    curator.addProperty(RDFS.label, agent.get().strip());
    entity.addProperty(RDF.type, PROV.Entity);
    entity.addProperty(PROV.wasAttributedTo, curator);
    entity.addProperty(
        DCTerms.modified, model.createTypedLiteral(date.get().toString(), XSDDatatype.XSDdate));
    for (LangString note :
        m.get("note").map(n -> Values.text(n, "note", "en", r)).orElse(java.util.List.of())) {
      entity.addProperty(SKOS.editorialNote, model.createLiteral(note.text(), note.lang()));
    }
    CURATION.locate(locations, graph, root.atOrStart("curation"), m);
    return true;
  }

  private void territory(Slugged entry) {
    String owner = "territory '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, TERRITORY.names(), r);
    if (fields.isEmpty()) {
      return;
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.TERRITORY, entry.slug());
    Resource territory = model.createResource(iri);
    m.get("wikidata")
        .flatMap(n -> Formats.wikidata(n, r))
        .ifPresent(
            id -> territory.addProperty(OWL.sameAs, model.createResource(WIKIDATA_ENTITY + id)));
    Optional<BigDecimal> lat = m.get("lat").flatMap(n -> Values.decimal(n, "lat", -90, 90, r));
    Optional<BigDecimal> lon = m.get("long").flatMap(n -> Values.decimal(n, "long", -180, 180, r));
    if (m.has("lat") != m.has("long")) {
      r.error(
          m.atOrStart(m.has("lat") ? "lat" : "long"),
          owner + ": give lat and long together, or neither");
    } else if (lat.isPresent() && lon.isPresent()) {
      decimal(territory, WGS84.lat, lat.get());
      decimal(territory, WGS84.long_, lon.get());
    }
    TERRITORY.locate(locations, iri, entry.position(), m);
  }

  private void practice(Slugged entry) {
    String owner = "practice '" + entry.slug() + "'";
    Optional<YamlMap> fields = YamlMap.fields(entry.value(), owner, PRACTICE.names(), r);
    if (fields.isEmpty()) {
      return;
    }
    YamlMap m = fields.get();
    String iri = minter.resource(Kind.PRACTICE, entry.slug());
    Resource practice = model.createResource(iri);
    m.get("rights").ifPresent(node -> rights(practice, node));
    m.get("sdg").ifPresent(node -> goals(practice, node));
    PRACTICE.locate(locations, iri, entry.position(), m);
  }

  private void rights(Resource practice, Node node) {
    for (Scalar item : Values.scalars(node, "rights", "a right slug", r)) {
      Optional<String> iri = concepts.iri("right", item.text());
      if (iri.isPresent()) {
        practice.addProperty(HRC.addressesRight, model.createResource(iri.get()));
      } else {
        r.error(item.node(), "rights: " + concepts.unknown("right", item.text()));
      }
    }
  }

  private void goals(Resource practice, Node node) {
    for (Scalar item : Values.scalars(node, "sdg", "an SDG goal or target such as '11.3'", r)) {
      String id = item.text().strip();
      if (SDG_ID.matcher(id).matches()) {
        practice.addProperty(HRC.servesGoal, model.createResource(SDG + id));
      } else {
        r.error(
            item.node(),
            "sdg: '"
                + Values.shown(id)
                + "' is not an SDG goal or target (a goal from 1 to 17, or a target such as"
                + " '11.3' or '6.a')");
      }
    }
  }

  private Optional<Node> required(YamlMap m, String field, YamlMap root) {
    Optional<Node> node = m.get(field);
    if (node.isEmpty()) {
      r.error(root.atOrStart("curation"), "curation: missing required field '" + field + "'");
    }
    return node;
  }

  private void decimal(Resource subject, Property property, BigDecimal value) {
    subject.addProperty(
        property, model.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal));
  }
}
