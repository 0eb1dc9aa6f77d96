package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ContributorsTest {

  static final String HASH = "$2y$12$" + "a".repeat(53);

  private static Contributors parse(String... lines) {
    return Contributors.parse(List.of(lines), "contributors.txt");
  }

  private static String errorOf(String... lines) {
    return assertThrows(IllegalArgumentException.class, () -> parse(lines)).getMessage();
  }

  @Test
  void readsNameHashAndCaseStudiesSkippingCommentsAndBlankLines() {
    Contributors contributors =
        parse(
            "# city networks",
            "",
            "uclg-cisdp:" + HASH + ":geneva-dialogue-2025, barcelona-care",
            "  rwi:" + HASH + ":");
    assertThat(contributors.all())
        .extracting(Contributor::name)
        .containsExactly("uclg-cisdp", "rwi");
    Contributor uclg = contributors.find("uclg-cisdp").orElseThrow();
    assertThat(uclg.passwordHash()).isEqualTo(HASH);
    assertThat(uclg.owns("barcelona-care")).isTrue();
    assertThat(uclg.owns("other-study")).isFalse();
    assertThat(contributors.find("rwi").orElseThrow().caseStudies()).isEmpty();
  }

  @Test
  void acceptsTheHashesThatHtpasswdAndSpringSecurityWrite() {
    // The example of docs/service.md: the password is "change-me".
    String spring = "$2a$12$3kUEnK0HmNu6zdgUwDrYN.ZrpKGaYErsfohuUVDZ9KiPbY3Sluwme";
    Contributor example = parse("uclg-cisdp:" + spring + ":geneva-dialogue-2025").all().get(0);
    assertThat(new BCryptPasswordEncoder().matches("change-me", example.passwordHash())).isTrue();
    assertThat(parse("rwi:" + HASH.replace("$2y$", "$2b$") + ":a").all()).hasSize(1);
  }

  @Test
  void neverPrintsTheHash() {
    Contributor contributor = parse("rwi:" + HASH + ":a-study").find("rwi").orElseThrow();
    assertThat(contributor.toString()).doesNotContain(HASH).contains("rwi", "a-study");
  }

  @Test
  void refusesAPlainPasswordNamingTheLine() {
    assertThat(errorOf("# header", "rwi:secret:a-study"))
        .startsWith("contributors.txt:2: ")
        .contains("BCrypt");
  }

  @Test
  void refusesTheAdminAsAContributor() {
    assertThat(errorOf("Admin:" + HASH + ":a-study")).contains("administrator");
  }

  @Test
  void refusesAContributorListedTwice() {
    assertThat(errorOf("rwi:" + HASH + ":a", "rwi:" + HASH + ":b"))
        .startsWith("contributors.txt:2: ")
        .contains("twice");
  }

  @Test
  void refusesSlugsThatNameNoCaseStudy() {
    assertThat(errorOf("rwi:" + HASH + ":Not A Slug")).contains("'Not A Slug'");
    assertThat(errorOf("rwi:" + HASH + ":ontology")).contains("'ontology'");
    assertThat(errorOf("rwi:" + HASH + ":a-study,,b-study")).contains("''");
  }

  @Test
  void refusesALineWithoutThreeFields() {
    assertThat(errorOf("rwi:" + HASH)).contains("three fields");
    assertThat(errorOf("bad name:" + HASH + ":a")).contains("contributor name");
  }
}
