package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The marks of a cut result, written into Jena's own output however it arrives. */
class ResultMarkingTest {

  /** Three rows, one of whose values looks like the place the mark goes. */
  private static RowSet threeRows() {
    Var s = Var.alloc("s");
    Var o = Var.alloc("o");
    List<Binding> rows =
        List.of(
            BindingFactory.binding(s, NodeFactory.createURI("urn:x:a"), o, literal("1")),
            BindingFactory.binding(s, NodeFactory.createURI("urn:x:b"), o, literal("</head>")),
            BindingFactory.binding(
                s, NodeFactory.createURI("urn:x:c"), o, literal("x \"head\": { y")));
    return RowSetStream.create(List.of(s, o), rows.iterator());
  }

  private static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }

  /** What Fuseki does: choose the type, then write the results, here in chunks of a few bytes. */
  private static MockHttpServletResponse write(String type, Lang lang, boolean arm, int chunk)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain fuseki =
        (req, res) -> {
          if (arm) {
            ResultMarking.arm((HttpServletRequest) req);
          }
          res.setContentType(type);
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          RowSetWriterRegistry.getFactory(lang)
              .create(lang)
              .write(bytes, threeRows(), new Context());
          byte[] all = bytes.toByteArray();
          try (OutputStream out = ((HttpServletResponse) res).getOutputStream()) {
            for (int i = 0; i < all.length; i += chunk) {
              out.write(all, i, Math.min(chunk, all.length - i));
            }
          }
        };
    new ResultMarking().doFilter(request, response, fuseki);
    return response;
  }

  private static int rows(MockHttpServletResponse response, Lang lang) throws Exception {
    ResultSet results =
        ResultSetMgr.read(new ByteArrayInputStream(response.getContentAsByteArray()), lang);
    return ResultSetFormatter.consume(results);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 4096})
  void putsTheLinkIntoTheHeadOfJsonResults(int chunk) throws Exception {
    MockHttpServletResponse response =
        write("application/sparql-results+json", ResultSetLang.RS_JSON, true, chunk);

    assertThat(response.getHeader(ResultMarking.HEADER)).isEqualTo("true");
    assertThat(rows(response, ResultSetLang.RS_JSON)).isEqualTo(3);
    assertThat(
            JSON.parse(response.getContentAsString())
                .get("head")
                .getAsObject()
                .get("link")
                .getAsArray()
                .get(0)
                .getAsString()
                .value())
        .isEqualTo(ResultMarking.LINK);
    assertThat(response.getContentAsString()).containsOnlyOnce(ResultMarking.LINK);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 4096})
  void putsTheLinkIntoTheHeadOfXmlResults(int chunk) throws Exception {
    MockHttpServletResponse response =
        write("application/sparql-results+xml; charset=utf-8", ResultSetLang.RS_XML, true, chunk);

    assertThat(response.getHeader(ResultMarking.HEADER)).isEqualTo("true");
    assertThat(rows(response, ResultSetLang.RS_XML)).isEqualTo(3);
    assertThat(response.getContentAsString())
        .containsPattern("<link href=\"" + ResultMarking.LINK + "\"/>\\s*</head>");
  }

  @Test
  void leavesAResultThatWasNotCutAlone() throws Exception {
    MockHttpServletResponse response =
        write("application/sparql-results+json", ResultSetLang.RS_JSON, false, 4096);

    assertThat(response.getHeader(ResultMarking.HEADER)).isNull();
    assertThat(response.getContentAsString()).doesNotContain(ResultMarking.LINK);
    assertThat(rows(response, ResultSetLang.RS_JSON)).isEqualTo(3);
  }

  @Test
  void refusesToWriteACutResultInAFormatWithoutAPlaceForTheMark() {
    ResultMarking.Unmarkable unmarkable =
        assertThrows(
            ResultMarking.Unmarkable.class,
            () -> write("text/csv; charset=utf-8", ResultSetLang.RS_CSV, true, 4096));

    assertThat(unmarkable.contentType()).isEqualTo("text/csv");
  }
}
