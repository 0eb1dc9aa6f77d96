package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {

  @Test
  void setsThePolicyAndTheOtherHeadersBeforeTheResponseIsWritten() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/"), response, chain);

    assertThat(chain.getResponse()).isSameAs(response);
    assertThat(response.getHeader("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void policyAllowsOnlyThisOriginAndNoInlineScript() {
    List<String> directives =
        Arrays.stream(SecurityHeaders.CONTENT_SECURITY_POLICY.split(";"))
            .map(String::strip)
            .toList();

    assertThat(directives)
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "frame-ancestors 'none'",
            "object-src 'none'");
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
  }

  @Test
  void allowsExactlyTheStyleThatTheQueryEditorAdds() throws Exception {
    String bundle = read(yasguiBuild() + "yasgui.min.js");
    Matcher style = Pattern.compile("createStyle\\(i,\"([^\"]*)\"").matcher(bundle);
    assertThat(style.find()).as("YASGUI's column resizer style in the bundle").isTrue();
    String css = style.group(1).replace("\\t", "\t");

    assertThat(SecurityHeaders.YASGUI_TABLE_STYLE).isEqualTo("'sha256-" + sha256(css) + "'");
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("style-src 'self' " + SecurityHeaders.YASGUI_TABLE_STYLE);
  }

  private static String yasguiBuild() throws IOException {
    Properties pom = new Properties();
    try (InputStream in =
        resource("META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties")) {
      pom.load(in);
    }
    return "META-INF/resources/webjars/zazuko__yasgui/" + pom.getProperty("version") + "/build/";
  }

  private static String read(String path) throws IOException {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = SecurityHeadersTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(digest);
  }
}
