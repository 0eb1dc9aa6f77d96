package org.hrcg.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.ontology.HrcgResources;

/**
 * The theme slugs and search words of the load: taken from the concept schemes that {@link
 * org.hrcg.bench.SyntheticDataset} draws every practice's themes, rights, target groups and
 * instruments from. The text index holds the concepts' labels, and a hit on a concept counts for
 * every practice that has it, so each word finds the practices of one or a few concepts: from a
 * handful to about half of them, depending on how common the generator makes the concept.
 */
final class Vocabulary {

  /** The schemes whose labels give the search words. */
  static final List<String> WORD_SCHEMES = List.of("theme", "right", "target-group", "instrument");

  /** Words too common to say anything, left out of the search words. */
  static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to");

  private Vocabulary() {}

  /** The slugs of the theme scheme's concepts, sorted. */
  static List<String> themes() {
    return conceptSlugs(HrcgResources.schemes(), "theme");
  }

  /** The distinct words of the English labels of the concepts of {@link #WORD_SCHEMES}, sorted. */
  static List<String> words() {
    Model schemes = HrcgResources.schemes();
    Set<String> words = new TreeSet<>();
    for (String scheme : WORD_SCHEMES) {
      for (Resource concept : concepts(schemes, scheme)) {
        for (Statement label : concept.listProperties(SKOS.prefLabel).toList()) {
          Literal literal = label.getLiteral();
          if (!literal.getLanguage().startsWith("en")) {
            continue;
          }
          words.addAll(words(literal.getLexicalForm()));
        }
      }
    }
    return List.copyOf(words);
  }

  /** The words of a label: lower-cased runs of letters and digits, without stopwords. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 1 && !STOPWORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static List<String> conceptSlugs(Model schemes, String scheme) {
    String prefix = IriMinter.defaults().scheme(scheme) + "/";
    return concepts(schemes, scheme).stream()
        .map(concept -> concept.getURI().substring(prefix.length()))
        .sorted()
        .toList();
  }

  private static List<Resource> concepts(Model schemes, String scheme) {
    String schemeIri = IriMinter.defaults().scheme(scheme);
    String prefix = schemeIri + "/";
    return schemes
        .listSubjectsWithProperty(SKOS.inScheme, schemes.createResource(schemeIri))
        .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(prefix))
        .toList();
  }
}
