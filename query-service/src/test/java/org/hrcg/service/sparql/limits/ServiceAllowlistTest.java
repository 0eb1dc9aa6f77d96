package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The second layer, in the query context: no network is needed to see it refuse. */
class ServiceAllowlistTest {

  @Test
  void withNoEndpointAllowedSwitchesJenasServiceOff() {
    Context context = new Context();

    new ServiceAllowlist(List.of()).configure(context);

    assertThrows(QueryDeniedException.class, () -> Service.checkServiceAllowed(context));
  }

  @Test
  void withSomeEndpointsAllowedPutsAGuardAtTheHeadOfJenasChain() {
    Context context = new Context();
    int standard = ServiceExecutorRegistry.get().getSingleChain().size();

    new ServiceAllowlist(List.of("https://example.org/sparql")).configure(context);

    Service.checkServiceAllowed(context);
    assertThat(ServiceExecutorRegistry.get(context).getSingleChain()).hasSize(standard + 1);
  }

  @Test
  void comparesEndpointsExactly() {
    ServiceAllowlist allowlist = new ServiceAllowlist(List.of("https://example.org/sparql"));

    assertThat(allowlist.allows("https://example.org/sparql")).isTrue();
    assertThat(allowlist.allows("https://example.org/sparql/")).isFalse();
    assertThat(allowlist.allows("https://example.org/sparql?x")).isFalse();
    assertThat(allowlist.allows(RemoteAccess.VARIABLE_ENDPOINT)).isFalse();
  }
}
