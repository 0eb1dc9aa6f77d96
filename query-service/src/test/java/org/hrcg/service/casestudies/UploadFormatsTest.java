package org.hrcg.service.casestudies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.hrcg.service.api.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class UploadFormatsTest {

  private static final Set<String> KNOWN = Set.of("ttl", "yaml", "yml", "csv", "jsonld");

  @Test
  void aRawBodyIsNamedForItsMediaTypeWhateverItsParameters() {
    assertThat(UploadFormats.rawName(MediaType.parseMediaType("text/turtle")))
        .isEqualTo(Path.of("upload.ttl"));
    assertThat(UploadFormats.rawName(MediaType.parseMediaType("Application/X-YAML; charset=UTF-8")))
        .isEqualTo(Path.of("upload.yaml"));
    assertThat(UploadFormats.rawName(MediaType.parseMediaType("application/n-quads")))
        .isEqualTo(Path.of("upload.nq"));
  }

  @Test
  void aRawBodyOfAnotherTypeOrCharsetOrNoneIsRefusedWith415() {
    for (MediaType type :
        new MediaType[] {
          MediaType.TEXT_PLAIN, MediaType.parseMediaType("text/csv; charset=windows-1252"), null
        }) {
      assertThatThrownBy(() -> UploadFormats.rawName(type))
          .isInstanceOfSatisfying(
              ApiProblem.class,
              problem -> assertThat(problem.getStatusCode().value()).isEqualTo(415));
    }
  }

  @Test
  void aPartKeepsItsFileNameWhenItsExtensionIsKnown() {
    assertThat(UploadFormats.partName("cases/alpha.YAML", null, Set.of("yaml")))
        .isEqualTo(Path.of("alpha.YAML"));
  }

  @Test
  void aPartWithoutAKnownExtensionGetsTheExtensionOfItsMediaType() {
    assertThat(UploadFormats.partName("alpha.txt", MediaType.parseMediaType("text/turtle"), KNOWN))
        .isEqualTo(Path.of("alpha.txt.ttl"));
    assertThat(UploadFormats.partName(null, MediaType.parseMediaType("text/csv"), KNOWN))
        .isEqualTo(Path.of("upload.csv"));
  }

  @Test
  void aPartNeitherNamedNorTypedForAReaderIsRefusedWith415() {
    assertThatThrownBy(
            () -> UploadFormats.partName("alpha.txt", MediaType.APPLICATION_OCTET_STREAM, KNOWN))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.getStatusCode().value()).isEqualTo(415);
              assertThat(problem.getBody().getDetail()).contains("'alpha.txt'");
            });
  }

  @Test
  void aClientsFileNameIsCutToItsLastSegmentOfPlainCharacters() {
    assertThat(UploadFormats.clean("..\\..\\etc/pass wd.ttl")).isEqualTo("pass_wd.ttl");
    assertThat(UploadFormats.clean("São Paulo.yaml")).isEqualTo("S_o_Paulo.yaml");
    assertThat(UploadFormats.clean(".hidden.ttl")).isEqualTo("hidden.ttl");
    assertThat(UploadFormats.clean("a".repeat(300) + ".ttl")).hasSize(100).endsWith(".ttl");
    assertThat(UploadFormats.clean(null)).isEmpty();
  }
}
