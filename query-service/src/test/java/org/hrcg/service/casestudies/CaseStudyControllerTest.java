package org.hrcg.service.casestudies;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hrcg.service.api.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** How the controller maps uploads to the pipeline's calls, and refusals to problem bodies. */
@WebMvcTest(CaseStudyController.class)
@AutoConfigureMockMvc(addFilters = false)
class CaseStudyControllerTest {

  static final String PATH = "/api/case-studies";

  @Autowired MockMvc mvc;
  @MockitoBean CaseStudies caseStudies;

  @BeforeEach
  void adminWithSmallLimit() {
    given(caseStudies.submitter(any())).willReturn(Submitter.admin("admin"));
    given(caseStudies.maxBytes()).willReturn(1000L);
    given(caseStudies.extensions()).willReturn(Set.of("ttl", "yaml", "csv"));
  }

  static Submitted alpha(boolean created) {
    return new Submitted(
        "https://w3id.org/hrcg/graph/alpha",
        "alpha",
        created,
        "upload.ttl",
        12,
        5,
        List.of(new FileProblem(4, null, "warning", "no description")));
  }

  @Test
  void aRawBodyIsSubmittedUnderTheNameOfItsTypeAndANewGraphAnswers201() throws Exception {
    given(caseStudies.submit(eq(Path.of("upload.ttl")), any(), any())).willReturn(alpha(true));

    mvc.perform(post(PATH).contentType("text/turtle").content("<a> <b> <c> ."))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/graph/alpha"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.graph").value("https://w3id.org/hrcg/graph/alpha"))
        .andExpect(jsonPath("$.triples").value(12))
        .andExpect(jsonPath("$.revision").value(5))
        .andExpect(jsonPath("$.warnings[0].line").value(4))
        .andExpect(jsonPath("$.warnings[0].severity").value("warning"));
  }

  @Test
  void aReplacedGraphAnswers200EvenToAClientThatAcceptsOnlyHtml() throws Exception {
    given(caseStudies.submit(any(), any(), any())).willReturn(alpha(false));

    mvc.perform(
            post(PATH).contentType("application/yaml").content("x: 1").accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.created").value(false));
  }

  @Test
  void aFormPartIsSubmittedUnderItsFileName() throws Exception {
    given(caseStudies.submit(eq(Path.of("alpha.yaml")), any(), any())).willReturn(alpha(true));

    mvc.perform(
            multipart(PATH)
                .file(new MockMultipartFile("file", "alpha.yaml", "text/plain", "x: 1".getBytes())))
        .andExpect(status().isCreated());
  }

  @Test
  void aFormWithoutThePartFileAnswers400NamingIt() throws Exception {
    mvc.perform(
            multipart(PATH)
                .file(new MockMultipartFile("upload", "alpha.yaml", "text/plain", "x".getBytes())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.parameter").value("file"))
        .andExpect(jsonPath("$.detail").value(containsString("'file'")));
    verify(caseStudies, never()).submit(any(), any(), any());
  }

  @Test
  void aRefusalIsAnsweredAsItsProblemDetail() throws Exception {
    given(caseStudies.submit(any(), any(), any()))
        .willThrow(
            new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "'upload.ttl' has 1 error")
                .with("problems", List.of(new FileProblem(3, 7, "error", "bad theme"))));

    mvc.perform(post(PATH).contentType("text/turtle").content("<a> <b> <c> ."))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("about:blank"))
        .andExpect(jsonPath("$.title").value("Unprocessable Content"))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.detail").value("'upload.ttl' has 1 error"))
        .andExpect(jsonPath("$.instance").value(PATH))
        .andExpect(jsonPath("$.problems[0].line").value(3))
        .andExpect(jsonPath("$.problems[0].column").value(7))
        .andExpect(jsonPath("$.problems[0].message").value("bad theme"));
  }

  @Test
  void aTypeThatNoReaderReadsAnswers415() throws Exception {
    mvc.perform(post(PATH).contentType(MediaType.TEXT_PLAIN).content("hello"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("Accept-Post", containsString("text/turtle")))
        .andExpect(jsonPath("$.detail").value(containsString("text/plain")));
  }

  @Test
  void aBodyOverTheLimitAnswers413BeforeAnythingReadsIt() throws Exception {
    mvc.perform(post(PATH).contentType("text/turtle").content(new byte[1001]))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.limit").value(1000));
    verify(caseStudies, never()).submit(any(), any(), any());
  }

  @Test
  void anUnexpectedFailureAnswers500WithoutItsCause() throws Exception {
    given(caseStudies.submit(any(), any(), any()))
        .willThrow(new IllegalStateException("secret internals of the store"));

    mvc.perform(post(PATH).contentType("text/turtle").content("<a> <b> <c> ."))
        .andExpect(status().isInternalServerError())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(500))
        .andExpect(content().string(not(containsString("secret"))))
        .andExpect(content().string(not(containsString("IllegalStateException"))));
  }

  @Test
  void aWithdrawalAnswers204AndNothingAnswers404() throws Exception {
    mvc.perform(delete(PATH + "/alpha")).andExpect(status().isNoContent());
    verify(caseStudies).withdraw(eq("alpha"), any());

    willThrow(ApiProblem.notFound("there is no case study 'beta'"))
        .given(caseStudies)
        .withdraw(eq("beta"), any());
    mvc.perform(delete(PATH + "/beta"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("there is no case study 'beta'"));
  }

  @Test
  void aMethodThePathDoesNotHaveAnswers405WithAllow() throws Exception {
    mvc.perform(put(PATH).contentType("text/turtle").content("x"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string("Allow", containsString("POST")))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aPathTheApiDoesNotHaveAnswers404() throws Exception {
    mvc.perform(get("/api/nothing-here"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("/api/nothing-here")));
  }
}
