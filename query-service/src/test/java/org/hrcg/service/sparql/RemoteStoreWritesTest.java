package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

class RemoteStoreWritesTest {

  private static final Node KEPT = NodeFactory.createURI("https://w3id.org/hrcg/graph/kept");
  private static final Node EMPTIED = NodeFactory.createURI("https://w3id.org/hrcg/graph/emptied");

  @Test
  void aTouchedGraphIsSentAsTheCopyLeftIt() {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    Node s = NodeFactory.createURI("urn:x:s");
    Node p = NodeFactory.createURI("urn:x:p");
    copy.add(KEPT, s, p, NodeFactory.createBlankNode());
    copy.add(KEPT, s, p, NodeFactory.createLiteralString("two"));

    UpdateRequest request = RemoteStoreWrites.replacements(copy, List.of(KEPT, EMPTIED));

    List<Update> operations = request.getOperations();
    assertThat(operations).hasSize(3);
    assertThat(operations.get(0)).isInstanceOf(UpdateDrop.class);
    assertThat(((UpdateDrop) operations.get(0)).getGraph()).isEqualTo(EMPTIED);
    assertThat(((UpdateDrop) operations.get(0)).isSilent()).isTrue();
    assertThat(((UpdateDrop) operations.get(1)).getGraph()).isEqualTo(KEPT);
    UpdateDataInsert insert = (UpdateDataInsert) operations.get(2);
    assertThat(insert.getQuads()).hasSize(2).allMatch(q -> q.getGraph().equals(KEPT));
  }
}
