package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptSchemesTest {

  private static final String ID = "https://w3id.org/hrcg/id/";
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern PROVISION_SLUG =
      Pattern.compile("^(udhr|iccpr|icescr|icerd|cedaw)(?:-([1-9][0-9]*))?$");
  private static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "pt");
  private static final String CASE_STUDY = ID + "case-study/geneva-dialogue-2025";

  /**
   * The slugs other modules rely on. Renaming or removing a concept breaks this list on purpose:
   * slugs are part of the public vocabulary and may only be deprecated.
   */
  private static final Map<String, List<String>> CONTRACT_SLUGS =
      Map.of(
          "theme",
          List.of(
              "care",
              "gender-equality",
              "gender-based-violence",
              "migrants",
              "lgbtiqa-rights",
              "anti-racism",
              "participation",
              "decentralization",
              "rights-based-economy",
              "procurement",
              "social-economy",
              "indigenous-inclusion",
              "monitoring-reporting",
              "public-services"),
          "right",
          List.of(
              "equality-non-discrimination",
              "life-liberty-security",
              "participation-public-affairs",
              "work",
              "social-security",
              "adequate-standard-of-living",
              "education",
              "self-determination"),
          "provision",
          List.of("udhr", "iccpr", "icescr", "udhr-21", "iccpr-25", "icescr-6"),
          "target-group",
          List.of(
              "women",
              "migrants",
              "lgbtiqa-people",
              "black-people",
              "indigenous-peoples",
              "local-governments",
              "communities"),
          "instrument",
          List.of(
              "observatory",
              "quota",
              "educational-campaign",
              "anti-discrimination-body",
              "procurement-criteria",
              "participatory-model",
              "decentralization-policy",
              "accreditation-mechanism",
              "local-legislation",
              "reporting-mechanism",
              "guidance-framework",
              "contract-exclusion"),
          "role",
          List.of(
              "mayor",
              "secretary-general",
              "high-commissioner",
              "special-rapporteur",
              "co-president",
              "director",
              "representative",
              "professor"),
          "pillar",
          List.of("political-legal-foundations", "institutional-structures", "operational-tools"),
          "advantage",
          List.of("agility", "public-participation", "coordination", "experimentation"),
          "challenge",
          List.of(
              "financing",
              "powers",
              "multilevel-cooperation",
              "training-coordination",
              "accreditation-recognition"));

  static Stream<String> schemes() {
    return HrcgResources.SCHEMES.stream();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void declaresItsSchemeWithEnglishLabelsAndDescription(String scheme) {
    Model model = load(scheme);
    Resource schemeResource = model.createResource(schemeIri(scheme));

    assertThat(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList())
        .containsExactly(schemeResource);
    assertThat(englishValues(schemeResource, RDFS.label)).hasSize(1);
    assertThat(englishValues(schemeResource, SKOS.prefLabel)).hasSize(1);
    assertThat(englishValues(schemeResource, DCTerms.description)).hasSize(1);
    assertThat(concepts(model)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void everyConceptIsInItsOwnSchemeOnly(String scheme) {
    Model model = load(scheme);
    Resource schemeResource = model.createResource(schemeIri(scheme));
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(model)) {
      List<RDFNode> schemes = model.listObjectsOfProperty(concept, SKOS.inScheme).toList();
      if (!schemes.equals(List.of(schemeResource))) {
        problems.add(concept + " is in " + schemes);
      }
    }
    for (Resource member : model.listSubjectsWithProperty(SKOS.inScheme).toList()) {
      if (!member.hasProperty(RDF.type, SKOS.Concept)) {
        problems.add(member + " is in a scheme but is not a skos:Concept");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noConceptBelongsToTwoSchemes() {
    Model all = HrcgResources.schemes();
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(all)) {
      List<RDFNode> schemes = all.listObjectsOfProperty(concept, SKOS.inScheme).toList();
      if (schemes.size() != 1) {
        problems.add(concept + " is in " + schemes);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(all.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList())
        .hasSameSizeAs(HrcgResources.SCHEMES);
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void conceptIrisAreTheSchemeIriFollowedByASlug(String scheme) {
    String prefix = schemeIri(scheme) + "/";
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(load(scheme))) {
      String iri = concept.getURI();
      if (iri == null
          || !iri.startsWith(prefix)
          || !SLUG.matcher(iri.substring(prefix.length())).matches()) {
        problems.add(String.valueOf(iri));
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void everyConceptHasEnglishPrefLabelLabelAndDefinition(String scheme) {
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(load(scheme))) {
      List<String> prefLabels = englishValues(concept, SKOS.prefLabel);
      List<String> labels = englishValues(concept, RDFS.label);
      if (prefLabels.size() != 1) {
        problems.add(concept + " has English prefLabels " + prefLabels);
      } else if (!labels.contains(prefLabels.get(0))) {
        problems.add(concept + " has no rdfs:label equal to its prefLabel " + prefLabels);
      }
      if (englishValues(concept, SKOS.definition).size() != 1) {
        problems.add(concept + " has no single English definition");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void labelsAreTaggedWithAKnownLanguageAndPrefLabelsAreOnePerLanguage(String scheme) {
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(load(scheme))) {
      for (Property property :
          List.of(SKOS.prefLabel, SKOS.altLabel, RDFS.label, SKOS.definition)) {
        for (Statement statement : concept.listProperties(property).toList()) {
          RDFNode value = statement.getObject();
          if (!value.isLiteral() || !LANGUAGES.contains(value.asLiteral().getLanguage())) {
            problems.add(concept + " " + property.getLocalName() + " " + value);
          }
        }
      }
      Set<String> prefLabelLanguages = new HashSet<>();
      Set<Literal> prefLabels = new HashSet<>();
      for (Statement statement : concept.listProperties(SKOS.prefLabel).toList()) {
        Literal label = statement.getLiteral();
        prefLabels.add(label);
        if (!prefLabelLanguages.add(label.getLanguage())) {
          problems.add(concept + " has two prefLabels in " + label.getLanguage());
        }
      }
      for (Statement statement : concept.listProperties(SKOS.altLabel).toList()) {
        if (prefLabels.contains(statement.getLiteral())) {
          problems.add(concept + " has " + statement.getLiteral() + " as pref and alt label");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void noTwoConceptsOfASchemeShareAnEnglishPrefLabel(String scheme) {
    Map<String, Resource> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(load(scheme))) {
      for (String label : englishValues(concept, SKOS.prefLabel)) {
        Resource other = seen.putIfAbsent(label, concept);
        if (other != null) {
          problems.add(label + ": " + other + " and " + concept);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void broaderConceptsAreInTheSameScheme(String scheme) {
    assertThat(broaderOutsideScheme(load(scheme), schemeIri(scheme))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void broaderHierarchyHasNoCycles(String scheme) {
    assertThat(broaderCycles(load(scheme))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void topConceptsAreDeclaredBothWays(String scheme) {
    assertThat(topConceptMismatches(load(scheme), schemeIri(scheme))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void everyConceptIsEitherATopConceptOrNarrowerThanOne(String scheme) {
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(load(scheme))) {
      boolean top = concept.hasProperty(SKOS.topConceptOf);
      boolean narrower = concept.hasProperty(SKOS.broader);
      if (top == narrower) {
        problems.add(concept + (top ? " is top and narrower" : " is neither top nor narrower"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void detectsABroaderCycle() {
    Model model = ModelFactory.createDefaultModel();
    Resource a = concept(model, "theme/a");
    Resource b = concept(model, "theme/b");
    a.addProperty(SKOS.broader, b);
    b.addProperty(SKOS.broader, a);

    assertThat(broaderCycles(model)).isNotEmpty();
  }

  @Test
  void detectsBroaderConceptsInAnotherSchemeAndOneWayTopConcepts() {
    Model model = ModelFactory.createDefaultModel();
    Resource theme = model.createResource(schemeIri("theme"));
    Resource a = concept(model, "theme/a").addProperty(SKOS.inScheme, theme);
    Resource b = concept(model, "right/b").addProperty(SKOS.inScheme, schemeIri("right"));
    a.addProperty(SKOS.broader, b);
    theme.addProperty(SKOS.hasTopConcept, a);

    assertThat(broaderOutsideScheme(model, schemeIri("theme"))).hasSize(1);
    assertThat(topConceptMismatches(model, schemeIri("theme"))).hasSize(1);
  }

  @Test
  void everyRightMapsToAProvisionThatExists() {
    Model rights = load("right");
    Model provisions = load("provision");
    String provisionPrefix = schemeIri("provision") + "/";
    List<String> problems = new ArrayList<>();
    for (Resource right : concepts(rights)) {
      Set<Resource> targets = matches(right);
      if (targets.isEmpty()) {
        problems.add(right + " has no closeMatch or exactMatch");
      }
      for (Resource target : targets) {
        if (!target.getURI().startsWith(provisionPrefix)
            || !provisions.contains(target, RDF.type, SKOS.Concept)) {
          problems.add(right + " matches " + target + ", which is no provision concept");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noRightHasMoreThanOneExactMatch() {
    // skos:exactMatch is transitive: two on one right would make the two articles exact matches.
    List<String> problems = new ArrayList<>();
    for (Resource right : concepts(load("right"))) {
      if (right.listProperties(SKOS.exactMatch).toList().size() > 1) {
        problems.add(right.getURI());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void rightsMapToTheArticlesTheyComeFrom() {
    Model rights = load("right");
    Map<String, List<String>> expected =
        Map.of(
            "equality-non-discrimination", List.of("udhr-2", "udhr-7", "iccpr-26", "icescr-2"),
            "participation-public-affairs", List.of("udhr-21", "iccpr-25"),
            "work", List.of("udhr-23", "icescr-6", "icescr-7"),
            "social-security", List.of("udhr-22", "icescr-9"),
            "adequate-standard-of-living", List.of("udhr-25", "icescr-11"),
            "education", List.of("udhr-26", "icescr-13"),
            "life-liberty-security", List.of("udhr-3", "iccpr-6", "iccpr-9"),
            "self-determination", List.of("iccpr-1", "icescr-1"));
    expected.forEach(
        (right, articles) ->
            assertThat(matches(rights.createResource(schemeIri("right") + "/" + right)))
                .as(right)
                .containsAll(
                    articles.stream()
                        .map(a -> rights.createResource(schemeIri("provision") + "/" + a))
                        .toList()));
  }

  @Test
  void provisionsFollowTheDocumentedPatternAndSitUnderTheirInstrument() {
    Model model = load("provision");
    String prefix = schemeIri("provision") + "/";
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(model)) {
      Matcher slug = PROVISION_SLUG.matcher(concept.getURI().substring(prefix.length()));
      if (!slug.matches()) {
        problems.add(concept + " does not follow {instrument}-{article}");
        continue;
      }
      List<RDFNode> broader = model.listObjectsOfProperty(concept, SKOS.broader).toList();
      if (slug.group(2) == null) {
        if (!broader.isEmpty()) {
          problems.add(concept + " is an instrument with a broader concept");
        }
        continue;
      }
      Resource instrument = model.createResource(prefix + slug.group(1));
      if (!broader.equals(List.of(instrument))) {
        problems.add(concept + " is not narrower than " + instrument + " only");
      }
      String article = slug.group(2);
      List<String> expectedLabel =
          englishValues(instrument, SKOS.prefLabel).stream()
              .map(name -> name + ", article " + article)
              .toList();
      if (!englishValues(concept, SKOS.prefLabel).equals(expectedLabel)) {
        problems.add(concept + " is labelled " + englishValues(concept, SKOS.prefLabel));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void eachInstrumentHasItsArticlesNumberedWithoutGapsAndItsAdoptionDate() {
    Model model = load("provision");
    Map<String, Integer> articles =
        Map.of("udhr", 30, "iccpr", 53, "icescr", 31, "icerd", 25, "cedaw", 30);
    Map<String, String> adopted =
        Map.of(
            "udhr", "1948-12-10",
            "iccpr", "1966-12-16",
            "icescr", "1966-12-16",
            "icerd", "1965-12-21",
            "cedaw", "1979-12-18");
    String prefix = schemeIri("provision") + "/";
    for (Map.Entry<String, Integer> entry : articles.entrySet()) {
      Resource instrument = model.createResource(prefix + entry.getKey());
      Set<String> narrower = new TreeSet<>();
      model
          .listSubjectsWithProperty(SKOS.broader, instrument)
          .forEachRemaining(article -> narrower.add(article.getURI()));
      Set<String> expected = new TreeSet<>();
      for (int n = 1; n <= entry.getValue(); n++) {
        expected.add(prefix + entry.getKey() + "-" + n);
      }
      assertThat(narrower).as(entry.getKey()).isEqualTo(expected);
      assertThat(instrument.getProperty(DCTerms.issued).getLiteral().getLexicalForm())
          .as(entry.getKey())
          .isEqualTo(adopted.get(entry.getKey()));
    }
    int articleCount = articles.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(concepts(model)).hasSize(articles.size() + articleCount);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pillar", "advantage", "challenge"})
  void drawnSchemesCiteTheCaseStudyOnEveryConcept(String scheme) {
    Model model = load(scheme);
    Resource caseStudy = model.createResource(CASE_STUDY);
    List<String> problems = new ArrayList<>();
    for (Resource concept : concepts(model)) {
      if (!concept.hasProperty(DCTerms.source, caseStudy)) {
        problems.add(concept.getURI());
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void declaresEverySlugOtherModulesRelyOn(String scheme) {
    Model model = load(scheme);
    List<String> missing = new ArrayList<>();
    for (String slug : CONTRACT_SLUGS.get(scheme)) {
      Resource concept = model.createResource(schemeIri(scheme) + "/" + slug);
      if (!model.contains(concept, RDF.type, SKOS.Concept)) {
        missing.add(slug);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void themeHierarchyNestsTheSpecificThemes() {
    Model model = load("theme");
    Map<String, String> broader =
        Map.of(
            "decentralization", "participation",
            "procurement", "rights-based-economy",
            "social-economy", "rights-based-economy",
            "gender-based-violence", "gender-equality");
    broader.forEach(
        (narrower, parent) ->
            assertThat(
                    model.contains(
                        model.createResource(schemeIri("theme") + "/" + narrower),
                        SKOS.broader,
                        model.createResource(schemeIri("theme") + "/" + parent)))
                .as(narrower + " broader " + parent)
                .isTrue());
  }

  private static List<String> broaderOutsideScheme(Model model, String schemeIri) {
    Resource scheme = model.createResource(schemeIri);
    List<String> problems = new ArrayList<>();
    for (Statement statement : model.listStatements(null, SKOS.broader, (RDFNode) null).toList()) {
      RDFNode target = statement.getObject();
      if (!target.isResource()
          || !model.contains(target.asResource(), RDF.type, SKOS.Concept)
          || !model.contains(target.asResource(), SKOS.inScheme, scheme)) {
        problems.add(statement.getSubject() + " broader " + target);
      }
    }
    return problems;
  }

  private static List<String> broaderCycles(Model model) {
    List<String> problems = new ArrayList<>();
    for (Resource start : model.listSubjectsWithProperty(SKOS.broader).toList()) {
      Set<RDFNode> reached = new HashSet<>();
      List<RDFNode> frontier =
          new ArrayList<>(
              start.listProperties(SKOS.broader).toList().stream()
                  .map(Statement::getObject)
                  .toList());
      while (!frontier.isEmpty()) {
        RDFNode next = frontier.remove(frontier.size() - 1);
        if (next.equals(start)) {
          problems.add(start.getURI());
          break;
        }
        if (next.isResource() && reached.add(next)) {
          model
              .listObjectsOfProperty(next.asResource(), SKOS.broader)
              .forEachRemaining(frontier::add);
        }
      }
    }
    return problems;
  }

  private static List<String> topConceptMismatches(Model model, String schemeIri) {
    Resource scheme = model.createResource(schemeIri);
    Set<RDFNode> declaredByScheme =
        new HashSet<>(model.listObjectsOfProperty(scheme, SKOS.hasTopConcept).toList());
    Set<RDFNode> declaredByConcept =
        new HashSet<>(model.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList());
    List<String> problems = new ArrayList<>();
    for (RDFNode top : declaredByScheme) {
      if (!declaredByConcept.contains(top)) {
        problems.add(top + " is a top concept without skos:topConceptOf");
      }
    }
    for (RDFNode top : declaredByConcept) {
      if (!declaredByScheme.contains(top)) {
        problems.add(top + " is skos:topConceptOf without skos:hasTopConcept");
      }
    }
    for (Statement statement :
        model.listStatements(null, SKOS.topConceptOf, (RDFNode) null).toList()) {
      if (!statement.getObject().equals(scheme)) {
        problems.add(statement.getSubject() + " is a top concept of " + statement.getObject());
      }
    }
    return problems;
  }

  private static Set<Resource> matches(Resource right) {
    Set<Resource> targets = new HashSet<>();
    for (Property property : List.of(SKOS.closeMatch, SKOS.exactMatch)) {
      right.listProperties(property).forEachRemaining(s -> targets.add(s.getResource()));
    }
    return targets;
  }

  private static Resource concept(Model model, String path) {
    return model.createResource(ID + path).addProperty(RDF.type, SKOS.Concept);
  }

  private static Model load(String scheme) {
    return HrcgResources.load(HrcgResources.schemeLocation(scheme));
  }

  private static String schemeIri(String scheme) {
    return ID + scheme;
  }

  private static List<Resource> concepts(Model model) {
    return model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
  }

  private static List<String> englishValues(Resource subject, Property property) {
    return subject.listProperties(property).toList().stream()
        .map(Statement::getObject)
        .filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral)
        .filter(literal -> literal.getLanguage().equals("en"))
        .map(Literal::getLexicalForm)
        .toList();
  }
}
