package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteAccessTest {

  private static final String REMOTE = "http://127.0.0.1:9/sparql";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT ?x { BIND(EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?x) }",
        "SELECT (EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?x) { }",
        "SELECT * { { SELECT ?s { SERVICE <%s> { ?s ?p ?o } } LIMIT 1 } }",
        "SELECT * { ?a ?b ?c OPTIONAL { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * { ?a ?b ?c MINUS { SERVICE <%s> { ?a ?b ?c } } }",
        "SELECT * { { ?a ?b ?c } UNION { SERVICE <%s> { ?a ?b ?c } } }",
        "SELECT * { GRAPH ?g { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * { SERVICE <urn:allowed> { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> { ?s ?p ?o } })",
        "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> { ?s ?p ?o } }) LIMIT 3",
        "SELECT ?s (SUM(IF(EXISTS { SERVICE <%s> { ?s ?p ?o } }, 1, 0)) AS ?n) { ?s ?p ?o }"
            + " GROUP BY ?s",
        "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <%s> { ?s ?p ?o } })",
        "SELECT ?k { ?s ?p ?o } GROUP BY (EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?k)",
        "ASK { SERVICE SILENT <%s> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <%s> { ?s ?p ?o } }",
        "DESCRIBE ?s WHERE { SERVICE <%s> { ?s ?p ?o } }"
      })
  void findsServiceWhereverAPatternCanBe(String template) {
    var query = QueryFactory.create(template.formatted(REMOTE), Syntax.syntaxARQ);

    assertThat(RemoteAccess.serviceEndpoints(query)).contains(REMOTE);
  }

  @Test
  void namesAnEndpointGivenByAVariableAsAVariable() {
    var query = QueryFactory.create("SELECT * { VALUES ?e { <urn:x> } SERVICE ?e { ?s ?p ?o } }");

    assertThat(RemoteAccess.serviceEndpoints(query))
        .containsExactly(RemoteAccess.VARIABLE_ENDPOINT);
  }

  @Test
  void findsNothingInAQueryWithoutService() {
    var query =
        QueryFactory.create(
            "SELECT * FROM <http://127.0.0.1:9/x> { ?s ?p ?o FILTER EXISTS { ?s ?p ?o } }");

    assertThat(RemoteAccess.serviceEndpoints(query)).isEmpty();
  }

  @Test
  void findsServiceInTheWhereClauseOfAnUpdate() {
    var update =
        UpdateFactory.create(
            "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o } ;"
                + " INSERT { ?s ?p ?o } WHERE { FILTER EXISTS { SERVICE <"
                + REMOTE
                + "> { ?s ?p ?o } } }");

    assertThat(RemoteAccess.serviceEndpoints(update)).containsExactly(REMOTE);
    assertThat(RemoteAccess.loadSources(update)).isEmpty();
  }

  @Test
  void findsEveryLoadSource() {
    var update =
        UpdateFactory.create(
            "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; LOAD <http://127.0.0.1:9/a.ttl> ;"
                + " LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:g>");

    assertThat(RemoteAccess.loadSources(update))
        .containsExactly("http://127.0.0.1:9/a.ttl", "file:///etc/passwd");
  }
}
