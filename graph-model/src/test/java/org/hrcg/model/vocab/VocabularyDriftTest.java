package org.hrcg.model.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the Java constants and the vocabulary files in step, both ways: a constant without a term
 * is a typo that compiles, a term without a constant is a term Java code cannot name.
 */
class VocabularyDriftTest {

  private static final Model ONTOLOGY = HrcgResources.ontology();

  static Stream<Class<?>> schemeClasses() {
    return Stream.of(
        Theme.class,
        Right.class,
        TargetGroup.class,
        Instrument.class,
        Role.class,
        Pillar.class,
        Advantage.class,
        Challenge.class);
  }

  @Test
  void everyHrcConstantIsDeclaredInTheOntologyWithLabelAndDefinition() {
    Map<String, Resource> constants = termConstants(HRC.class, HRC.NS);
    assertThat(constants).isNotEmpty();
    for (Map.Entry<String, Resource> constant : constants.entrySet()) {
      Resource term = ONTOLOGY.createResource(constant.getValue().getURI());
      assertThat(term.hasProperty(RDF.type))
          .as("HRC.%s is declared in hrc.ttl", constant.getKey())
          .isTrue();
      assertThat(englishValue(term, RDFS.label))
          .as("HRC.%s has an English rdfs:label", constant.getKey())
          .isNotBlank();
      assertThat(englishValue(term, SKOS.definition))
          .as("HRC.%s has an English skos:definition", constant.getKey())
          .isNotBlank();
    }
  }

  @Test
  void everyTermDeclaredInTheOntologyHasAConstant() {
    Set<String> declared = new TreeSet<>();
    ONTOLOGY
        .listSubjectsWithProperty(RDF.type)
        .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(HRC.NS))
        .forEachRemaining(r -> declared.add(r.getURI()));
    Set<String> constants = new TreeSet<>();
    termConstants(HRC.class, HRC.NS).values().forEach(r -> constants.add(r.getURI()));
    assertThat(constants).isEqualTo(declared);
  }

  @Test
  void hrcConstantsAreNamedByLocalNameAndTypedByKindOfTerm() {
    termConstants(HRC.class, HRC.NS)
        .forEach(
            (name, term) -> {
              String local = term.getURI().substring(HRC.NS.length());
              assertThat(name).isIn(local, local + "_");
              Resource declared = ONTOLOGY.createResource(term.getURI());
              boolean isClass = declared.hasProperty(RDF.type, OWL.Class);
              assertThat(term instanceof Property)
                  .as("HRC.%s is a Property exactly when the term is not a class", name)
                  .isEqualTo(!isClass);
            });
  }

  @Test
  void theOntologyConstantsMatchTheOntologyHeader() {
    assertThat(HRC.getURI()).isEqualTo(HrcgResources.ONTOLOGY_NS);
    assertThat(HRC.ONTOLOGY.getURI()).isEqualTo(HrcgResources.ONTOLOGY_IRI);
    assertThat(ONTOLOGY.contains(ONTOLOGY.createResource(HRC.ONTOLOGY_IRI), RDF.type, OWL.Ontology))
        .isTrue();
  }

  @Test
  void everySchemeButProvisionHasAConstantsClass() {
    List<String> slugs = new ArrayList<>();
    schemeClasses().forEach(c -> slugs.add(stringConstant(c, "SLUG")));
    List<String> expected = new ArrayList<>(HrcgResources.SCHEMES);
    expected.remove("provision");
    assertThat(slugs).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("schemeClasses")
  void schemeConstantsNameTheSchemeOfTheirFile(Class<?> schemeClass) {
    String slug = stringConstant(schemeClass, "SLUG");
    String schemeIri = HrcgResources.DEFAULT_BASE + "id/" + slug;
    Resource scheme = (Resource) constant(schemeClass, "SCHEME");
    assertThat(scheme.getURI()).isEqualTo(schemeIri);
    assertThat(stringConstant(schemeClass, "NS")).isEqualTo(schemeIri + "/");
    Model file = HrcgResources.load(HrcgResources.schemeLocation(slug));
    assertThat(file.contains(file.createResource(schemeIri), RDF.type, SKOS.ConceptScheme))
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("schemeClasses")
  void everySchemeConstantIsAConceptOfItsSchemeNamedBySlug(Class<?> schemeClass) {
    String slug = stringConstant(schemeClass, "SLUG");
    String ns = stringConstant(schemeClass, "NS");
    Model file = HrcgResources.load(HrcgResources.schemeLocation(slug));
    Map<String, Resource> constants = termConstants(schemeClass, ns);
    assertThat(constants).isNotEmpty();
    constants.forEach(
        (name, concept) -> {
          Resource declared = file.createResource(concept.getURI());
          assertThat(declared.hasProperty(RDF.type, SKOS.Concept))
              .as("%s.%s is a skos:Concept in %s.ttl", schemeClass.getSimpleName(), name, slug)
              .isTrue();
          assertThat(
                  declared.hasProperty(SKOS.inScheme, (Resource) constant(schemeClass, "SCHEME")))
              .as("%s.%s is in its scheme", schemeClass.getSimpleName(), name)
              .isTrue();
          assertThat(name.replace('_', '-')).isEqualTo(concept.getURI().substring(ns.length()));
        });
  }

  @ParameterizedTest
  @MethodSource("schemeClasses")
  void everyConceptOfTheSchemeHasAConstant(Class<?> schemeClass) {
    String slug = stringConstant(schemeClass, "SLUG");
    String ns = stringConstant(schemeClass, "NS");
    Model file = HrcgResources.load(HrcgResources.schemeLocation(slug));
    Resource scheme = file.createResource(HrcgResources.DEFAULT_BASE + "id/" + slug);
    Set<String> concepts = new TreeSet<>();
    file.listSubjectsWithProperty(SKOS.inScheme, scheme)
        .forEachRemaining(r -> concepts.add(r.getURI()));
    file.listSubjectsWithProperty(SKOS.topConceptOf, scheme)
        .forEachRemaining(r -> concepts.add(r.getURI()));
    Set<String> constants = new TreeSet<>();
    termConstants(schemeClass, ns).values().forEach(r -> constants.add(r.getURI()));
    assertThat(constants).isEqualTo(concepts);
  }

  /** Public static Resource (and Property) fields whose IRI is a term of the namespace. */
  private static Map<String, Resource> termConstants(Class<?> type, String ns) {
    Map<String, Resource> constants = new TreeMap<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Resource.class.isAssignableFrom(field.getType())) {
        Resource value = (Resource) get(field);
        if (value.getURI().startsWith(ns) && value.getURI().length() > ns.length()) {
          constants.put(field.getName(), value);
        }
      }
    }
    return constants;
  }

  private static String englishValue(Resource term, Property property) {
    return term.listProperties(property)
        .filterKeep(s -> s.getObject().isLiteral() && "en".equals(s.getLanguage()))
        .nextOptional()
        .map(s -> s.getString())
        .orElse(null);
  }

  private static Object constant(Class<?> type, String name) {
    try {
      return get(type.getField(name));
    } catch (NoSuchFieldException e) {
      throw new AssertionError(type.getSimpleName() + " has no constant " + name, e);
    }
  }

  private static String stringConstant(Class<?> type, String name) {
    return (String) constant(type, name);
  }

  private static Object get(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
