package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class TouchedGraphsTest {

  static final Node DEFAULT_TARGET = NodeFactory.createURI("https://w3id.org/hrcg/graph/default");
  static final Node A = NodeFactory.createURI("urn:g:a");
  static final Node B = NodeFactory.createURI("urn:g:b");
  static final Node C = NodeFactory.createURI("urn:g:c");

  private static TouchedGraphs afterUpdate(DatasetGraph dataset, String update) {
    TouchedGraphs touched = new TouchedGraphs(dataset, DEFAULT_TARGET);
    Txn.executeWrite(dataset, () -> UpdateExec.dataset(touched).update(update).execute());
    return touched;
  }

  private static DatasetGraph threeGraphs() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(
        dataset,
        () -> {
          Node p = NodeFactory.createURI("urn:p");
          for (Node g : new Node[] {A, B, C}) {
            dataset.add(g, g, p, g);
          }
        });
    return dataset;
  }

  @Test
  void notesTheGraphsOfInsertedAndDeletedQuads() {
    TouchedGraphs touched =
        afterUpdate(
            threeGraphs(),
            "INSERT DATA { GRAPH <urn:g:a> { <urn:s> <urn:p> 1 } } ;"
                + " DELETE DATA { GRAPH <urn:g:b> { <urn:g:b> <urn:p> <urn:g:b> } }");
    assertThat(touched.graphs()).containsExactly(A, B);
  }

  @Test
  void notesDefaultGraphWritesAsTheDefaultTarget() {
    TouchedGraphs touched = afterUpdate(threeGraphs(), "INSERT DATA { <urn:s> <urn:p> 1 }");
    assertThat(touched.graphs()).containsExactly(DEFAULT_TARGET);
  }

  @Test
  void notesGraphLevelOperations() {
    assertThat(afterUpdate(threeGraphs(), "CLEAR GRAPH <urn:g:c>").graphs()).containsExactly(C);
    assertThat(afterUpdate(threeGraphs(), "COPY <urn:g:a> TO <urn:g:b>").graphs()).contains(B);
    assertThat(afterUpdate(threeGraphs(), "DROP GRAPH <urn:g:a>").graphs()).containsExactly(A);
  }

  @Test
  void notesEveryGraphForAWriteToAllOfThem() {
    assertThat(afterUpdate(threeGraphs(), "CLEAR ALL").graphs()).contains(A, B, C);
  }

  @Test
  void notesNothingForAnUpdateThatOnlyReads() {
    assertThat(
            afterUpdate(threeGraphs(), "DELETE WHERE { GRAPH <urn:g:none> { ?s ?p ?o } }").graphs())
        .isEmpty();
  }
}
