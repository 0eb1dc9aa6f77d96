package org.hrcg.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hrcg.ingest.csv.CsvPracticesReader;
import org.hrcg.ingest.rdf.RdfCaseStudyReader;
import org.hrcg.ingest.yaml.YamlCaseStudyReader;
import org.junit.jupiter.api.Test;

class ReadersTest {

  @Test
  void standardReadersKnowEveryFormatByExtension() {
    Readers readers = Readers.standard();

    assertThat(readers.extensions())
        .containsExactly("yaml", "yml", "csv", "ttl", "trig", "nt", "nq", "jsonld", "rdf", "owl");
    assertThat(readers.forFile(Path.of("a", "case.YML")))
        .containsInstanceOf(YamlCaseStudyReader.class);
    assertThat(readers.forFile(Path.of("practices.csv")))
        .containsInstanceOf(CsvPracticesReader.class);
    assertThat(readers.forExtension(".jsonld")).containsInstanceOf(RdfCaseStudyReader.class);
  }

  @Test
  void fileWithoutAKnownExtensionHasNoReader() {
    Readers readers = Readers.standard();

    assertThat(readers.forFile(Path.of("README.md"))).isEmpty();
    assertThat(readers.forFile(Path.of("Makefile"))).isEmpty();
    assertThat(readers.forFile(Path.of(".ttl"))).isEmpty();
  }

  @Test
  void withAddsAReaderWithoutChangingTheOriginal() {
    Readers none = Readers.none();
    Readers one = none.with("ODD", source -> null);

    assertThat(none.extensions()).isEmpty();
    assertThat(one.forFile(Path.of("x.odd"))).isPresent();
  }
}
