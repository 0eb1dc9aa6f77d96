package org.hrcg.ontology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Draws the ontology as a Mermaid {@code classDiagram}: its classes, the subclass edges between
 * them, object properties as labelled associations from each domain class to each range class, and
 * datatype properties as attributes. A property whose range is {@code skos:Concept} points to a box
 * named after the concept scheme its scope note names, so that the diagram shows which scheme a
 * value comes from. Deprecated terms are left out. The output depends only on the triples, never on
 * the order in which they were read, so that the copy in the README can be compared with it.
 */
public final class OntologyDiagram {

  /** Marks the start of the generated block in a Markdown file. */
  public static final String START_MARKER = "<!-- ontology-diagram:start -->";

  /** Marks the end of the generated block in a Markdown file. */
  public static final String END_MARKER = "<!-- ontology-diagram:end -->";

  private static final String INDENT = "  ";

  private static final Pattern SCHEME_IRI =
      Pattern.compile(
          Pattern.quote(HrcgResources.DEFAULT_BASE + "id/") + "([a-z0-9]+(?:-[a-z0-9]+)*)");

  private OntologyDiagram() {}

  /** The diagram of the ontology on the classpath, as Mermaid text. */
  public static String mermaid() {
    return mermaid(HrcgResources.ontology());
  }

  /** The diagram of the given ontology, as Mermaid text ending with a newline. */
  public static String mermaid(Model ontology) {
    Objects.requireNonNull(ontology, "ontology");
    return new Drawing(ontology).render();
  }

  /** The diagram of the given ontology as a fenced Markdown block. */
  public static String markdown(Model ontology) {
    return "```mermaid\n" + mermaid(ontology) + "```\n";
  }

  /**
   * Returns {@code document} with everything between {@link #START_MARKER} and {@link #END_MARKER}
   * replaced by {@code block}.
   *
   * @throws IllegalArgumentException if a marker is missing or the end comes before the start
   */
  public static String replaceBlock(String document, String block) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(block, "block");
    int start = document.indexOf(START_MARKER);
    if (start < 0) {
      throw new IllegalArgumentException("no " + START_MARKER + " line in the document");
    }
    int afterStart = start + START_MARKER.length();
    int end = document.indexOf(END_MARKER, afterStart);
    if (end < 0) {
      throw new IllegalArgumentException("no " + END_MARKER + " line after " + START_MARKER);
    }
    String body = block.endsWith("\n") ? block : block + "\n";
    return document.substring(0, afterStart) + "\n" + body + document.substring(end);
  }

  /** One diagram being built: node and edge sets are sorted, so the text is stable. */
  private static final class Drawing {

    private final Model ontology;
    private final String ns = HrcgResources.ONTOLOGY_NS;
    private final SortedMap<String, SortedSet<String>> attributes = new TreeMap<>();
    private final SortedMap<String, String> externalNodes = new TreeMap<>();
    private final SortedSet<String> inheritance = new TreeSet<>();
    private final SortedSet<String> associations = new TreeSet<>();
    private final SortedSet<String> classes = new TreeSet<>();

    Drawing(Model ontology) {
      this.ontology = ontology;
    }

    String render() {
      for (Resource cls : terms(OWL2.Class)) {
        classes.add(cls.getLocalName());
      }
      for (String cls : classes) {
        attributes.put(cls, new TreeSet<>());
      }
      for (Resource cls : terms(OWL2.Class)) {
        for (Resource parent : objects(cls, RDFS.subClassOf)) {
          if (isOwn(parent) && classes.contains(parent.getLocalName())) {
            inheritance.add(parent.getLocalName() + " <|-- " + cls.getLocalName());
          }
        }
      }
      for (Resource property : terms(OWL2.ObjectProperty)) {
        List<String> domains = nodes(property, RDFS.domain, null);
        List<String> ranges = nodes(property, RDFS.range, property);
        for (String domain : domains) {
          for (String range : ranges) {
            associations.add(domain + " --> " + range + " : " + property.getLocalName());
          }
        }
      }
      for (Resource property : terms(OWL2.DatatypeProperty)) {
        List<String> ranges = new ArrayList<>();
        for (Resource range : objects(property, RDFS.range)) {
          ranges.add(range.isURIResource() ? identifier(range.getLocalName()) : "Literal");
        }
        String type = ranges.isEmpty() ? "Literal" : String.join("|", new TreeSet<>(ranges));
        for (String domain : nodes(property, RDFS.domain, null)) {
          attributes
              .computeIfAbsent(domain, d -> new TreeSet<>())
              .add("+" + type + " " + property.getLocalName());
        }
      }
      return text();
    }

    private String text() {
      StringBuilder out = new StringBuilder("classDiagram\n");
      for (Map.Entry<String, SortedSet<String>> entry : attributes.entrySet()) {
        out.append(INDENT).append("class ").append(entry.getKey());
        String annotation = externalNodes.get(entry.getKey());
        if (entry.getValue().isEmpty() && annotation == null) {
          out.append('\n');
          continue;
        }
        out.append(" {\n");
        if (annotation != null) {
          out.append(INDENT).append(INDENT).append("<<").append(annotation).append(">>\n");
        }
        for (String attribute : entry.getValue()) {
          out.append(INDENT).append(INDENT).append(attribute).append('\n');
        }
        out.append(INDENT).append("}\n");
      }
      for (String edge : inheritance) {
        out.append(INDENT).append(edge).append('\n');
      }
      for (String edge : associations) {
        out.append(INDENT).append(edge).append('\n');
      }
      return out.toString();
    }

    /** The non-deprecated terms of the ontology's own namespace typed with {@code kind}. */
    private List<Resource> terms(Resource kind) {
      List<Resource> terms = new ArrayList<>();
      ontology
          .listSubjectsWithProperty(RDF.type, kind)
          .forEachRemaining(
              term -> {
                if (isOwn(term) && !ontology.containsLiteral(term, OWL2.deprecated, true)) {
                  terms.add(term);
                }
              });
      return terms;
    }

    /**
     * The diagram nodes named by a domain or range: its classes, or the members of an {@code
     * owl:unionOf}. With {@code conceptsOf} set, a {@code skos:Concept} becomes the box of the
     * scheme that property's scope note names.
     */
    private List<String> nodes(Resource term, Property which, Resource conceptsOf) {
      Set<String> nodes = new LinkedHashSet<>();
      for (Resource value : objects(term, which)) {
        for (Resource cls : members(value)) {
          nodes.add(node(cls, conceptsOf));
        }
      }
      return new ArrayList<>(new TreeSet<>(nodes));
    }

    private List<Resource> members(Resource classExpression) {
      if (classExpression.isURIResource()) {
        return List.of(classExpression);
      }
      List<Resource> members = new ArrayList<>();
      for (Resource union : objects(classExpression, OWL2.unionOf)) {
        for (RDFNode member : union.as(RDFList.class).asJavaList()) {
          if (member.isURIResource()) {
            members.add(member.asResource());
          }
        }
      }
      return members;
    }

    private String node(Resource cls, Resource conceptsOf) {
      if (isOwn(cls)) {
        String name = identifier(cls.getLocalName());
        attributes.computeIfAbsent(name, n -> new TreeSet<>());
        return name;
      }
      String scheme = conceptsOf != null && cls.equals(SKOS.Concept) ? scheme(conceptsOf) : null;
      String name;
      String annotation;
      if (scheme != null) {
        name = pascalCase(scheme);
        annotation = "scheme";
      } else {
        name = identifier(cls.getLocalName());
        String prefix = ontology.getNsURIPrefix(cls.getNameSpace());
        annotation = prefix == null || prefix.isEmpty() ? "external" : prefix;
      }
      if (classes.contains(name)) {
        name = name + (scheme != null ? "Scheme" : "_" + annotation);
      }
      externalNodes.put(name, annotation);
      attributes.computeIfAbsent(name, n -> new TreeSet<>());
      return name;
    }

    /**
     * The one concept scheme the property's scope notes name, or null when they name none or
     * several.
     */
    private String scheme(Resource property) {
      Set<String> schemes = new TreeSet<>();
      for (Statement note :
          ontology.listStatements(property, SKOS.scopeNote, (RDFNode) null).toList()) {
        if (!note.getObject().isLiteral()) {
          continue;
        }
        Matcher matcher = SCHEME_IRI.matcher(note.getString());
        while (matcher.find()) {
          if (HrcgResources.SCHEMES.contains(matcher.group(1))) {
            schemes.add(matcher.group(1));
          }
        }
      }
      return schemes.size() == 1 ? schemes.iterator().next() : null;
    }

    private List<Resource> objects(Resource subject, Property property) {
      List<Resource> objects = new ArrayList<>();
      ontology
          .listObjectsOfProperty(subject, property)
          .forEachRemaining(
              object -> {
                if (object.isResource()) {
                  objects.add(object.asResource());
                }
              });
      return objects;
    }

    private boolean isOwn(Resource resource) {
      return resource.isURIResource() && resource.getURI().startsWith(ns);
    }
  }

  /** Mermaid identifiers allow letters, digits and underscores only. */
  private static String identifier(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9_]", "_");
    return cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
  }

  private static String pascalCase(String slug) {
    StringBuilder out = new StringBuilder();
    for (String part : slug.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return identifier(out.toString());
  }
}
