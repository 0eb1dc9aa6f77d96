package org.hrcg.service.casestudies;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The answers of a write that the store's directory refused, as the OpenAPI description lists them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
    responseCode = "503",
    description =
        "the store is served read-only (reason 'store-read-only'): every write is refused until an"
            + " operator gives the service write access to it; nothing was written",
    content =
        @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
    responseCode = "507",
    description =
        "the store's disk has no room for the write (reason 'store-full'); nothing was written:"
            + " send it again once there is room",
    content =
        @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
@interface StoreFaultResponses {}
