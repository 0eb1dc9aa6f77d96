package org.hrcg.service.casestudies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.hrcg.service.api.JsonApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case-study API: a city network submits a case-study file, {@code POST /api/case-studies} (the
 * raw body in its format, or a multipart form with a part {@code file}), and withdraws one, {@code
 * DELETE /api/case-studies/{slug}}. Security lets only the admin and contributors through; {@link
 * CaseStudies} checks that a contributor's case study is theirs.
 */
@RestController
@RequestMapping(CaseStudyController.PATH)
@Tag(
    name = "case studies",
    description =
        "Submit and withdraw case studies: each is validated as the ingest command line validates"
            + " it and loaded, all or nothing, as its own named graph.")
class CaseStudyController {

  static final String PATH = JsonApi.ROOT + "/case-studies";

  static final String SUBMIT = "submitCaseStudy";

  static final String SUBMIT_SUMMARY = "Submit a case study";

  static final String SUBMIT_DESCRIPTION =
      "The case-study file is the request body, its Content-Type saying its format (text/turtle,"
          + " application/ld+json, application/trig, application/n-triples, application/n-quads,"
          + " application/rdf+xml, application/yaml, application/x-yaml, text/yaml or text/csv,"
          + " in UTF-8), or the part 'file' of a multipart form, its format said by its file"
          + " name's extension (.yaml, .yml, .csv, .ttl, .trig, .nt, .nq, .jsonld, .rdf, .owl)"
          + " or, failing that, by its media type. It is validated as the ingest command line"
          + " validates files and, if it passes, loaded as its own graph, graph/{slug}, all or"
          + " nothing. A file holds one case study; a contributor may submit only the case"
          + " studies assigned to them, and only the admin a YAML curation file (hrcg-curation).";

  /** Where a source's graph is served. */
  static final String GRAPH_PATH = "/graph/";

  private final CaseStudies caseStudies;

  CaseStudyController(CaseStudies caseStudies) {
    this.caseStudies = caseStudies;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      operationId = SUBMIT,
      summary = SUBMIT_SUMMARY,
      description = SUBMIT_DESCRIPTION,
      security = @SecurityRequirement(name = JsonApi.BASIC_AUTH))
  @SubmitResponses
  @StoreFaultResponses
  ResponseEntity<Submitted> submitForm(
      @RequestPart("file") MultipartFile file, @Parameter(hidden = true) Authentication user)
      throws IOException {
    Submitter submitter = caseStudies.submitter(user);
    caseStudies.requireWritable();
    if (file.getSize() > caseStudies.maxBytes()) {
      throw CaseStudies.tooLarge(caseStudies.maxBytes());
    }
    Path name =
        UploadFormats.partName(
            file.getOriginalFilename(), mediaType(file.getContentType()), caseStudies.extensions());
    return answer(caseStudies.submit(name, file.getBytes(), submitter));
  }

  @PostMapping
  @Operation(
      operationId = SUBMIT,
      summary = SUBMIT_SUMMARY,
      description = SUBMIT_DESCRIPTION,
      security = @SecurityRequirement(name = JsonApi.BASIC_AUTH),
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(mediaType = "text/turtle", schema = @Schema(type = "string")),
                @Content(mediaType = "application/ld+json", schema = @Schema(type = "string")),
                @Content(mediaType = "application/trig", schema = @Schema(type = "string")),
                @Content(mediaType = "application/n-triples", schema = @Schema(type = "string")),
                @Content(mediaType = "application/n-quads", schema = @Schema(type = "string")),
                @Content(mediaType = "application/rdf+xml", schema = @Schema(type = "string")),
                @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
              }))
  @SubmitResponses
  @StoreFaultResponses
  ResponseEntity<Submitted> submitBody(
      HttpServletRequest request, @Parameter(hidden = true) Authentication user)
      throws IOException {
    Submitter submitter = caseStudies.submitter(user);
    caseStudies.requireWritable();
    Path name = UploadFormats.rawName(mediaType(request.getContentType()));
    long limit = caseStudies.maxBytes();
    if (request.getContentLengthLong() > limit) {
      throw CaseStudies.tooLarge(limit);
    }
    // One byte past the limit tells a body that is too large from one that fits exactly.
    byte[] bytes =
        request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > limit) {
      throw CaseStudies.tooLarge(limit);
    }
    return answer(caseStudies.submit(name, bytes, submitter));
  }

  @DeleteMapping("/{slug}")
  @Operation(
      summary = "Withdraw a case study",
      description =
          "Removes the case study's graph and its load record; what other sources say about the"
              + " same resources stays.",
      security = @SecurityRequirement(name = JsonApi.BASIC_AUTH))
  @ApiResponse(responseCode = "204", description = "withdrawn")
  @ApiResponse(
      responseCode = "400",
      description = "not the slug of a case study (a reserved graph, or not a slug)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "401",
      description = "no credentials",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "403",
      description = "another contributor's case study",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "404",
      description = "no such case study",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @StoreFaultResponses
  ResponseEntity<Void> withdraw(
      @PathVariable @Parameter(description = "the case study's slug, as in /graph/{slug}")
          String slug,
      @Parameter(hidden = true) Authentication user) {
    caseStudies.withdraw(slug, caseStudies.submitter(user));
    return ResponseEntity.noContent().build();
  }

  /**
   * 201 with the graph's location for a new graph, 200 for one replaced. The type is set here, not
   * negotiated: the graph is written by now, and a client's {@code Accept} must not turn that into
   * an error.
   */
  private static ResponseEntity<Submitted> answer(Submitted submitted) {
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .header(HttpHeaders.LOCATION, URI.create(GRAPH_PATH + submitted.slug()).toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(submitted);
  }

  private static MediaType mediaType(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return MediaType.parseMediaType(value);
    } catch (InvalidMediaTypeException e) {
      return null;
    }
  }
}
