package org.hrcg.service.system;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hrcg.service.AccessRule;
import org.hrcg.service.AccessRules;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Who may do what. HTTP Basic only, no sessions, no cookies, hence no CSRF protection to need: a
 * browser never sends these credentials on its own to another site's request.
 *
 * <p>The rules come from each feature's {@link AccessRules} beans, first match wins, then the
 * defaults: {@code GET}, {@code HEAD} and {@code OPTIONS} are public and every other request is
 * refused, 401 without credentials and 403 with them. Users: {@code admin}, with the configured
 * password (hashed with BCrypt when the service starts, so that checks compare hashes in constant
 * time), who may do every write, and the contributors of the contributors file. Without an admin
 * password every rule that is not a read refuses: the service is read-only.
 *
 * <p>CORS: reads are open to every origin ({@code GET}, {@code HEAD}, and {@code POST} where a
 * feature declares {@code POST} a read, as a SPARQL query is), without credentials; writes are not
 * open to other origins. Preflight requests are answered before authorization.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

  static final String REALM = "hrcg";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  Contributors contributors(HrcgProperties properties) {
    if (properties.contributors() == null) {
      return Contributors.none();
    }
    Contributors contributors = Contributors.read(properties.contributors());
    LOG.info(
        "{} contributors from {}",
        contributors.all().size(),
        properties.contributors().getFileName());
    return contributors;
  }

  @Bean
  UserDetailsService users(
      HrcgProperties properties, Contributors contributors, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    if (properties.readOnly()) {
      LOG.warn("no admin password (HRCG_ADMIN_PASSWORD): the service is read-only");
    } else {
      users.add(
          User.withUsername(Roles.ADMIN_USER)
              .password(encoder.encode(properties.adminPassword()))
              .authorities(Roles.ADMIN)
              .build());
    }
    for (Contributor contributor : contributors.all()) {
      users.add(
          User.withUsername(contributor.name())
              .password(contributor.passwordHash())
              .authorities(Roles.CONTRIBUTOR)
              .build());
    }
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, HrcgProperties properties, ObjectProvider<AccessRules> features)
      throws Exception {
    List<AccessRule> rules = features.orderedStream().flatMap(f -> f.rules().stream()).toList();
    boolean readOnly = properties.readOnly();
    SecurityResponses responses = new SecurityResponses(REALM, readOnly);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.disable())
        // Reads are public data; caching them is for the handlers to decide (ETags, revisions).
        .headers(headers -> headers.cacheControl(cache -> cache.disable()))
        .cors(cors -> cors.configurationSource(corsSource(rules)))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(responses))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
        .authorizeHttpRequests(
            authorize -> {
              // An error page reports on a request that was already authorised.
              authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
              for (AccessRule rule : rules) {
                apply(authorize.requestMatchers(matcher(rule)), rule.access(), readOnly);
              }
              authorize
                  .requestMatchers(HttpMethod.GET, "/**")
                  .permitAll()
                  .requestMatchers(HttpMethod.HEAD, "/**")
                  .permitAll()
                  .requestMatchers(HttpMethod.OPTIONS, "/**")
                  .permitAll()
                  .anyRequest()
                  .denyAll();
            });
    return http.build();
  }

  /** SPARQL queries are text with line breaks, sent as parameters, which the default refuses. */
  @Bean
  WebSecurityCustomizer firewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedParameterValues(parameterValues());
    return web -> web.httpFirewall(firewall);
  }

  /**
   * Defined characters, and of the control characters only tab and line breaks. The firewall asks
   * on every read of a parameter, and a query is read by several filters before it runs: printable
   * ASCII, most of a query, passes at once, and only other characters are looked up.
   */
  static Predicate<String> parameterValues() {
    return value -> {
      int i = 0;
      while (i < value.length()) {
        char c = value.charAt(i);
        if ((c >= ' ' && c < 0x7f) || c == '\t' || c == '\n' || c == '\r') {
          i++;
          continue;
        }
        int point = value.codePointAt(i);
        if (!Character.isDefined(point) || Character.isISOControl(point)) {
          return false;
        }
        i += Character.charCount(point);
      }
      return true;
    };
  }

  private static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url,
      AccessRule.Access access,
      boolean readOnly) {
    switch (access) {
      case READ -> url.permitAll();
      case ADMIN -> {
        if (readOnly) {
          url.denyAll();
        } else {
          url.hasAuthority(Roles.ADMIN);
        }
      }
      case CONTRIBUTOR -> {
        if (readOnly) {
          url.denyAll();
        } else {
          url.hasAnyAuthority(Roles.ADMIN, Roles.CONTRIBUTOR);
        }
      }
    }
  }

  private static RequestMatcher matcher(AccessRule rule) {
    return PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.path());
  }

  private static CorsConfigurationSource corsSource(List<AccessRule> rules) {
    List<RequestMatcher> postReads =
        rules.stream()
            .filter(r -> r.access() == AccessRule.Access.READ && HttpMethod.POST.equals(r.method()))
            .map(r -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(r.path()))
            .toList();
    return request -> {
      CorsConfiguration cors = new CorsConfiguration();
      cors.addAllowedOrigin(CorsConfiguration.ALL);
      cors.addAllowedMethod(HttpMethod.GET);
      cors.addAllowedMethod(HttpMethod.HEAD);
      if (postReads.stream().anyMatch(m -> m.matches(request))) {
        cors.addAllowedMethod(HttpMethod.POST);
      }
      cors.addAllowedHeader(CorsConfiguration.ALL);
      // A browser client must see that a result was cut, and when to retry a refused query; it
      // may revalidate an answer by its entity tag, and see whether it came from the cache.
      cors.addExposedHeader("Hrcg-Result-Truncated");
      cors.addExposedHeader(HttpHeaders.RETRY_AFTER);
      cors.addExposedHeader(HttpHeaders.ETAG);
      cors.addExposedHeader("X-Cache");
      cors.setAllowCredentials(false);
      cors.setMaxAge(3600L);
      return cors;
    };
  }
}
