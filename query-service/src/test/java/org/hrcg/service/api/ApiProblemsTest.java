package org.hrcg.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletException;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The problem bodies of the JSON API, on a controller made for the purpose. */
@WebMvcTest(controllers = ApiProblemsTest.Probe.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ApiProblemsTest.Probe.class)
class ApiProblemsTest {

  @Autowired MockMvc mvc;

  /** Parameters and failures of every kind, under the API and outside it. */
  @RestController
  static class Probe {

    @GetMapping("/api/probe")
    String page(@RequestParam int page, @RequestParam(defaultValue = "10") @Min(1) int size) {
      return "page " + page + " of " + size;
    }

    @GetMapping("/api/probe/theme")
    String theme(@RequestParam String theme) {
      throw ApiProblem.badParameter("theme", "unknown theme '" + theme + "'")
          .with("known", java.util.List.of("care", "procurement"));
    }

    @GetMapping("/api/probe/fail")
    String fail() {
      throw new IllegalStateException("secret internals at /srv/store");
    }

    @GetMapping("/elsewhere/fail")
    String failElsewhere() {
      throw new IllegalStateException("not the API's");
    }
  }

  @Test
  void aParameterOfTheWrongTypeIs400NamingIt() throws Exception {
    mvc.perform(get("/api/probe").param("page", "first"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("about:blank"))
        .andExpect(jsonPath("$.title").value("Bad Request"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.parameter").value("page"))
        .andExpect(jsonPath("$.detail").value(containsString("'first'")))
        .andExpect(jsonPath("$.detail").value(containsString("a whole number")))
        .andExpect(jsonPath("$.instance").value("/api/probe"));
  }

  @Test
  void aMissingParameterIs400NamingIt() throws Exception {
    mvc.perform(get("/api/probe"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("page"))
        .andExpect(jsonPath("$.detail").value("parameter 'page' is required"));
  }

  @Test
  void aParameterOutOfItsRangeIs400NamingIt() throws Exception {
    mvc.perform(get("/api/probe").param("page", "1").param("size", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.parameter").value("size"))
        .andExpect(jsonPath("$.detail").value(containsString("parameter 'size'")));
  }

  @Test
  void aFeaturesOwnProblemKeepsItsMembers() throws Exception {
    mvc.perform(get("/api/probe/theme").param("theme", "carre"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("theme"))
        .andExpect(jsonPath("$.detail").value("unknown theme 'carre'"))
        .andExpect(jsonPath("$.known[1]").value("procurement"));
  }

  @Test
  void aMethodThePathDoesNotHaveIs405WithAllow() throws Exception {
    mvc.perform(post("/api/probe"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string("Allow", containsString("GET")))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(405));
  }

  @Test
  void anUnexpectedFailureIs500WithoutItsCause() throws Exception {
    mvc.perform(get("/api/probe/fail").accept(MediaType.TEXT_HTML))
        .andExpect(status().isInternalServerError())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(500))
        .andExpect(content().string(not(containsString("secret"))))
        .andExpect(content().string(not(containsString("IllegalStateException"))))
        .andExpect(content().string(not(containsString("\tat "))));
  }

  @Test
  void failuresOutsideTheApiAreLeftToSpring() {
    ServletException thrown =
        assertThrows(ServletException.class, () -> mvc.perform(get("/elsewhere/fail")));

    assertThat(thrown).rootCause().hasMessage("not the API's");
  }
}
