package org.hrcg.service.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ontology.HrcgResources;
import org.hrcg.ontology.OntologyDiagram;
import org.hrcg.service.linkeddata.OntologyPage.Concept;
import org.hrcg.service.linkeddata.OntologyPage.Scheme;
import org.hrcg.service.linkeddata.OntologyPage.Term;
import org.hrcg.service.linkeddata.PageParts.Link;

/**
 * The bundled ontology, concept schemes and shapes as the service publishes them: read once from
 * the classpath, where they are the same for every store.
 */
final class OntologyPages {

  private static final String VANN = "http://purl.org/vocab/vann/";
  private static final String FOAF_NAME = "http://xmlns.com/foaf/0.1/name";

  private final IriSpace space;
  private final Model ontology;
  private final Model schemes;
  private final Map<String, List<Node>> names;
  private final String diagram;
  private final Map<Variant, byte[]> ontologyBytes = new EnumMap<>(Variant.class);
  private final Map<Variant, byte[]> shapesBytes = new EnumMap<>(Variant.class);

  OntologyPages(IriSpace space) {
    this.space = Objects.requireNonNull(space, "space");
    this.ontology = HrcgResources.ontology();
    this.schemes = HrcgResources.schemes();
    this.names = names(ontology, schemes);
    this.diagram = OntologyDiagram.mermaid(ontology);
    serialise(HrcgResources.ONTOLOGY, ontology, ontologyBytes);
    serialise(HrcgResources.SHAPES, HrcgResources.shapes(), shapesBytes);
  }

  /** The ontology's version, as {@code owl:versionInfo} gives it. */
  String version() {
    Resource header = ontology.getResource(HrcgResources.ONTOLOGY_IRI);
    Statement version = header.getProperty(OWL.versionInfo);
    return version == null ? "" : version.getString();
  }

  /** The ontology in an RDF syntax: Turtle as the file is written, the others from it. */
  byte[] ontology(Variant variant) {
    return ontologyBytes.get(variant);
  }

  /** The SHACL shapes in an RDF syntax. */
  byte[] shapes(Variant variant) {
    return shapesBytes.get(variant);
  }

  OntologyPage page(Languages languages, String contextPath, List<PageParts.Alternate> alternates) {
    Presenter presenter = new Presenter(space, contextPath, languages, names);
    Resource header = ontology.getResource(HrcgResources.ONTOLOGY_IRI);
    List<Resource> classes = terms(OWL.Class);
    List<Resource> objectProperties = terms(OWL.ObjectProperty);
    List<Resource> datatypeProperties = terms(OWL.DatatypeProperty);
    List<Resource> properties = new ArrayList<>(objectProperties);
    properties.addAll(datatypeProperties);

    List<String> creators = new ArrayList<>();
    header
        .listProperties(DCTerms.creator)
        .forEachRemaining(
            s -> {
              RDFNode creator = s.getObject();
              if (creator.isLiteral()) {
                creators.add(creator.asLiteral().getLexicalForm());
              } else {
                Statement name =
                    creator.asResource().getProperty(ontology.createProperty(FOAF_NAME));
                creators.add(
                    name != null
                        ? name.getString()
                        : creator.isURIResource() ? creator.asResource().getURI() : "");
              }
            });
    Statement license = header.getProperty(DCTerms.license);

    return new OntologyPage(
        HrcgResources.ONTOLOGY_IRI,
        text(header, RDFS.label, languages).orElse("hrcg ontology"),
        text(header, DCTerms.description, languages).orElse(null),
        version(),
        Optional.ofNullable(header.getPropertyResourceValue(OWL2.versionIRI))
            .map(Resource::getURI)
            .orElse(null),
        Optional.ofNullable(header.getProperty(DCTerms.modified))
            .map(s -> s.getObject().asLiteral().getLexicalForm())
            .orElse(null),
        license == null || !license.getObject().isURIResource()
            ? null
            : presenter.link(license.getObject().asNode()),
        creators,
        literal(header, ontology.createProperty(VANN + "preferredNamespacePrefix")),
        literal(header, ontology.createProperty(VANN + "preferredNamespaceUri")),
        classes.stream().map(c -> classTerm(c, properties, presenter, languages)).toList(),
        objectProperties.stream().map(p -> propertyTerm(p, presenter, languages)).toList(),
        datatypeProperties.stream().map(p -> propertyTerm(p, presenter, languages)).toList(),
        schemes(presenter, languages),
        diagram,
        alternates);
  }

  /** The terms of the ontology's namespace typed with a kind, by local name. */
  private List<Resource> terms(Resource kind) {
    List<Resource> terms = new ArrayList<>();
    ontology
        .listSubjectsWithProperty(RDF.type, kind)
        .forEachRemaining(
            r -> {
              if (r.isURIResource() && r.getURI().startsWith(HrcgResources.ONTOLOGY_NS)) {
                terms.add(r);
              }
            });
    terms.sort(Comparator.comparing(r -> r.getLocalName().toLowerCase(Locale.ROOT)));
    return terms;
  }

  private Term classTerm(
      Resource term, List<Resource> properties, Presenter presenter, Languages languages) {
    List<Link> domainOf = new ArrayList<>();
    List<Link> rangeOf = new ArrayList<>();
    for (Resource property : properties) {
      if (members(property, RDFS.domain).contains(term)) {
        domainOf.add(presenter.link(property.asNode()));
      }
      if (members(property, RDFS.range).contains(term)) {
        rangeOf.add(presenter.link(property.asNode()));
      }
    }
    return term(
        term,
        RDFS.subClassOf,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        domainOf,
        rangeOf,
        presenter,
        languages);
  }

  private Term propertyTerm(Resource term, Presenter presenter, Languages languages) {
    List<String> characteristics = new ArrayList<>();
    Map<Resource, String> kinds =
        Map.of(
            OWL.SymmetricProperty, "symmetric",
            OWL.TransitiveProperty, "transitive",
            OWL.FunctionalProperty, "functional",
            OWL.InverseFunctionalProperty, "inverse functional");
    kinds.forEach(
        (kind, name) -> {
          if (term.hasProperty(RDF.type, kind)) {
            characteristics.add(name);
          }
        });
    characteristics.sort(Comparator.naturalOrder());
    List<Link> inverse = new ArrayList<>();
    term.listProperties(OWL.inverseOf)
        .forEachRemaining(s -> inverse.add(link(s.getObject(), presenter)));
    ontology
        .listSubjectsWithProperty(OWL.inverseOf, term)
        .forEachRemaining(
            r -> {
              Link link = link(r, presenter);
              if (!inverse.contains(link)) {
                inverse.add(link);
              }
            });
    return term(
        term,
        RDFS.subPropertyOf,
        members(term, RDFS.domain).stream().map(r -> link(r, presenter)).toList(),
        members(term, RDFS.range).stream().map(r -> link(r, presenter)).toList(),
        inverse,
        characteristics,
        List.of(),
        List.of(),
        presenter,
        languages);
  }

  private Term term(
      Resource term,
      Property specialises,
      List<Link> domain,
      List<Link> range,
      List<Link> inverse,
      List<String> characteristics,
      List<Link> domainOf,
      List<Link> rangeOf,
      Presenter presenter,
      Languages languages) {
    Optional<Literal> label = best(term, RDFS.label, languages);
    List<Link> superTerms = new ArrayList<>();
    term.listProperties(specialises)
        .forEachRemaining(s -> superTerms.add(link(s.getObject(), presenter)));
    superTerms.sort(Comparator.comparing(Link::text));
    List<Link> subTerms = new ArrayList<>();
    ontology
        .listSubjectsWithProperty(specialises, term)
        .forEachRemaining(r -> subTerms.add(link(r, presenter)));
    subTerms.sort(Comparator.comparing(Link::text));
    return new Term(
        term.getLocalName(),
        term.getURI(),
        Presenter.shortForm(term.getURI()),
        label.map(Literal::getLexicalForm).orElse(term.getLocalName()),
        label.map(l -> Presenter.emptyToNull(l.getLanguage())).orElse(null),
        text(term, SKOS.definition, languages).orElse(null),
        texts(term, SKOS.scopeNote),
        texts(term, SKOS.example),
        superTerms,
        subTerms,
        domain,
        range,
        inverse,
        characteristics,
        domainOf,
        rangeOf,
        term.hasLiteral(OWL.deprecated, true));
  }

  /** The classes a domain or range names: one class, or each member of an owl:unionOf. */
  private static List<Resource> members(Resource term, Property which) {
    List<Resource> members = new ArrayList<>();
    term.listProperties(which)
        .forEachRemaining(
            s -> {
              if (!s.getObject().isResource()) {
                return;
              }
              Resource value = s.getObject().asResource();
              Resource union = value.getPropertyResourceValue(OWL.unionOf);
              if (value.isAnon() && union != null && union.canAs(RDFList.class)) {
                union
                    .as(RDFList.class)
                    .iterator()
                    .forEachRemaining(m -> members.add(m.asResource()));
              } else {
                members.add(value);
              }
            });
    return members;
  }

  private List<Scheme> schemes(Presenter presenter, Languages languages) {
    List<Scheme> result = new ArrayList<>();
    for (String slug : HrcgResources.SCHEMES) {
      Resource scheme = schemes.getResource(HrcgResources.DEFAULT_BASE + "id/" + slug);
      List<Resource> members = new ArrayList<>();
      schemes.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(members::add);
      members.sort(
          Comparator.comparing(
              (Resource c) -> presenter.link(c.asNode()).text().toLowerCase(Locale.ROOT)));
      List<Concept> concepts = new ArrayList<>();
      for (Resource concept : members) {
        List<Link> broader = new ArrayList<>();
        concept
            .listProperties(SKOS.broader)
            .forEachRemaining(s -> broader.add(link(s.getObject(), presenter)));
        List<Link> matches = new ArrayList<>();
        for (Property match : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
          concept
              .listProperties(match)
              .forEachRemaining(s -> matches.add(link(s.getObject(), presenter)));
        }
        String local = concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
        concepts.add(
            new Concept(
                slug + "-" + local,
                presenter.link(concept.asNode()),
                text(concept, SKOS.definition, languages).orElse(null),
                broader,
                matches));
      }
      result.add(
          new Scheme(
              "scheme-" + slug,
              presenter.link(scheme.asNode()),
              text(scheme, DCTerms.description, languages).orElse(null),
              concepts));
    }
    return result;
  }

  private static Link link(RDFNode node, Presenter presenter) {
    return presenter.link(node.asNode());
  }

  private static Optional<Literal> best(Resource subject, Property property, Languages languages) {
    List<Literal> literals = new ArrayList<>();
    subject
        .listProperties(property)
        .forEachRemaining(
            s -> {
              if (s.getObject().isLiteral()) {
                literals.add(s.getObject().asLiteral());
              }
            });
    literals.sort(Comparator.comparing(Literal::getLexicalForm));
    return languages.pick(literals, Literal::getLanguage);
  }

  private static Optional<String> text(Resource subject, Property property, Languages languages) {
    return best(subject, property, languages).map(Literal::getLexicalForm);
  }

  private static List<String> texts(Resource subject, Property property) {
    List<String> texts = new ArrayList<>();
    subject
        .listProperties(property)
        .forEachRemaining(
            s -> {
              if (s.getObject().isLiteral()) {
                texts.add(s.getObject().asLiteral().getLexicalForm());
              }
            });
    texts.sort(Comparator.naturalOrder());
    return texts;
  }

  private static String literal(Resource subject, Property property) {
    Statement statement = subject.getProperty(property);
    return statement == null || !statement.getObject().isLiteral()
        ? null
        : statement.getObject().asLiteral().getLexicalForm();
  }

  /** Every label and preferred label of the terms and concepts, for links to them. */
  private static Map<String, List<Node>> names(Model... models) {
    Map<String, List<Node>> names = new HashMap<>();
    for (Model model : models) {
      for (Property property : List.of(SKOS.prefLabel, RDFS.label)) {
        model
            .listStatements(null, property, (RDFNode) null)
            .forEachRemaining(
                s -> {
                  if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                    List<Node> list =
                        names.computeIfAbsent(s.getSubject().getURI(), k -> new ArrayList<>());
                    if (!list.contains(s.getObject().asNode())) {
                      list.add(s.getObject().asNode());
                    }
                  }
                });
      }
    }
    names.values().forEach(list -> list.sort(Comparator.comparing(Node::getLiteralLexicalForm)));
    return names;
  }

  /**
   * Turtle as the bundled file is written, with its comments; the other syntaxes from the model.
   */
  private static void serialise(String location, Model model, Map<Variant, byte[]> into) {
    try (InputStream in = HrcgResources.open(location)) {
      into.put(Variant.TURTLE, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
    for (Variant variant : List.of(Variant.JSONLD, Variant.NTRIPLES, Variant.RDFXML)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDFDataMgr.write(out, model, variant.rdfFormat());
      into.put(variant, out.toByteArray());
    }
  }
}
