package org.hrcg.service.api;

import static org.hrcg.service.AccessRule.read;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;
import org.hrcg.service.AccessRules;
import org.hrcg.service.HrcgApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The JSON API's description, served by springdoc at {@code /v3/api-docs} (only the paths under
 * {@code /api}, set by {@code springdoc.paths-to-match}), and its reads open to everyone.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

  @Bean
  OpenAPI hrcgOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("hrcg JSON API")
                .version(
                    Optional.ofNullable(
                            HrcgApplication.class.getPackage().getImplementationVersion())
                        .orElse("development"))
                .description(
                    "Human Rights Cities Graph: submit and withdraw case studies, find peer"
                        + " practices. Errors are RFC 9457 problem details"
                        + " (application/problem+json). Reads need no credentials; writes need"
                        + " HTTP Basic credentials, the admin's or a contributor's for their own"
                        + " case studies. The graph itself answers SPARQL 1.1 at /sparql.")
                .license(
                    new License()
                        .name("Apache-2.0 (code); data CC-BY-4.0")
                        .url("https://www.apache.org/licenses/LICENSE-2.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    JsonApi.BASIC_AUTH,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("the admin's or a contributor's credentials")));
  }

  /** Every read of the API is public, as every read of the graph is. */
  @Bean
  AccessRules apiReads() {
    return () ->
        List.of(
            read(HttpMethod.GET, JsonApi.ALL),
            read(HttpMethod.HEAD, JsonApi.ALL),
            read(HttpMethod.OPTIONS, JsonApi.ALL));
  }
}
