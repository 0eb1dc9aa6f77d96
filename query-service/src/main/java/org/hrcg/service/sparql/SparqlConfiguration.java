package org.hrcg.service.sparql;

import static org.hrcg.service.AccessRule.admin;
import static org.hrcg.service.AccessRule.read;

import java.util.List;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.fuseki.system.FusekiCore;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.AccessRules;
import org.hrcg.service.Roles;
import org.hrcg.service.StoreFaults;
import org.hrcg.service.sparql.limits.LimitedQuery;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;

/**
 * Jena Fuseki's protocol handlers, run in Spring Boot's own servlet container on the service's
 * port.
 *
 * <p>One {@link DataAccessPoint} at {@link SparqlEndpoints#DATASET} serves the store with exactly
 * the endpoints hrcg publishes: query, update and the Graph Store Protocol, read and write. On the
 * embedded store, queries run on its TDB2 dataset directly, where TDB2 makes the default graph the
 * union of the named graphs; on a remote store, Fuseki's handlers keep the protocol (parameters,
 * content negotiation, result formats, errors) and {@code RemoteQuery} sends each query to the
 * store. Writes are handled by our own subclasses of Fuseki's actions, which write through the
 * store ({@link ProtocolWrites}); the endpoints that write also carry an authorization policy that
 * admits the admin only, a second check behind the security filter chain.
 *
 * <p>Filters, in order: Spring Security, {@link PublicPathFilter} at {@link #ROUTING_ORDER}, then
 * {@link FusekiFilter} at {@link #FUSEKI_ORDER}, each registered for the public paths only, so that
 * no other request reaches Fuseki and every other request goes on to Spring MVC. Protocol filters
 * of our own (limits, the service description) go between the two.
 */
@Configuration(proxyBeanMethods = false)
public class SparqlConfiguration {

  /** The order of the filter that maps the public paths onto the dataset's endpoints. */
  public static final int ROUTING_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

  /** The order of Fuseki's filter, which answers the request: the last filter. */
  public static final int FUSEKI_ORDER = Ordered.LOWEST_PRECEDENCE;

  private static final String QUERY_ENDPOINT = "sparql";
  private static final String UPDATE_ENDPOINT = "update";
  private static final String DATA_ENDPOINT = "data";

  @Bean
  ShapeCheck shapeCheck() {
    return ShapeCheck.bundled();
  }

  @Bean
  ProtocolWrites protocolWrites(GraphStore store, ShapeCheck shapeCheck, StoreFaults faults) {
    return ProtocolWrites.on(store, shapeCheck, faults);
  }

  /** The handler of each operation the dataset offers, and nothing else. */
  @Bean
  OperationRegistry fusekiOperations(ProtocolWrites writes, LimitedQuery query, GraphStore store) {
    FusekiCore.init();
    OperationRegistry operations = OperationRegistry.createEmpty();
    operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery, query);
    operations.register(
        Operation.Update, WebContent.contentTypeSPARQLUpdate, new UpdateHandler(writes));
    operations.register(Operation.GSP_R, new GraphStoreRead(store));
    operations.register(Operation.GSP_RW, new GraphStoreWrite(writes, store));
    return operations;
  }

  @Bean
  DataAccessPointRegistry fusekiDatasets(GraphStore store, OperationRegistry operations) {
    AuthPolicy adminOnly = user -> user != null && Roles.currentUserHas(Roles.ADMIN);
    DataService service =
        DataService.newBuilder(served(store))
            .addEndpoint(Operation.Query, QUERY_ENDPOINT)
            .addEndpoint(Operation.Update, UPDATE_ENDPOINT, adminOnly)
            .addEndpoint(Operation.GSP_R, DATA_ENDPOINT)
            .addEndpoint(Operation.GSP_RW, DATA_ENDPOINT, adminOnly)
            .build();
    service.setEndpointProcessors(operations);
    service.goActive();
    DataAccessPointRegistry registry = new DataAccessPointRegistry();
    registry.register(new DataAccessPoint(SparqlEndpoints.DATASET, service));
    return registry;
  }

  /**
   * The dataset Fuseki serves: the embedded store's TDB2 dataset, or, for a remote store, one that
   * holds nothing, since every handler then goes to the store itself.
   */
  static DatasetGraph served(GraphStore store) {
    if (store instanceof TdbStore tdb) {
      return tdb.datasetGraph();
    }
    if (store instanceof RemoteStore) {
      return NoLocalData.create();
    }
    throw new IllegalArgumentException("no SPARQL endpoint for the store " + store);
  }

  @Bean
  ServletContextInitializer fusekiContext(
      DataAccessPointRegistry datasets, OperationRegistry operations) {
    return context -> {
      OperationRegistry.set(context, operations);
      DataAccessPointRegistry.set(context, datasets);
    };
  }

  @Bean
  FilterRegistrationBean<PublicPathFilter> sparqlRouting() {
    FilterRegistrationBean<PublicPathFilter> registration =
        new FilterRegistrationBean<>(new PublicPathFilter());
    registration.addUrlPatterns(SparqlEndpoints.paths());
    registration.setOrder(ROUTING_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FusekiFilter> fusekiFilter() {
    FilterRegistrationBean<FusekiFilter> registration =
        new FilterRegistrationBean<>(new FusekiFilter());
    registration.addUrlPatterns(SparqlEndpoints.paths());
    registration.setOrder(FUSEKI_ORDER);
    return registration;
  }

  /**
   * Queries and Graph Store reads are public; everything else on the protocol paths is the admin's,
   * {@code GET /update} included, so that an unexpected method on a write path is refused too.
   */
  @Bean
  AccessRules sparqlAccess() {
    return () ->
        List.of(
            read(HttpMethod.GET, SparqlEndpoints.QUERY),
            read(HttpMethod.HEAD, SparqlEndpoints.QUERY),
            read(HttpMethod.POST, SparqlEndpoints.QUERY),
            read(HttpMethod.OPTIONS, SparqlEndpoints.QUERY),
            read(HttpMethod.GET, SparqlEndpoints.DATA),
            read(HttpMethod.HEAD, SparqlEndpoints.DATA),
            read(HttpMethod.OPTIONS, SparqlEndpoints.DATA),
            admin(SparqlEndpoints.DATA),
            admin(SparqlEndpoints.UPDATE));
  }
}
