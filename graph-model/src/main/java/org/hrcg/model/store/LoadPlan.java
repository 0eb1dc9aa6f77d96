package org.hrcg.model.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * How a load too large for one request is cut into steps, and its identity: the same graphs with
 * the same content are the same load, so that running it again finds the progress of an earlier
 * attempt.
 *
 * @param graphs the graphs to load, in IRI order
 * @param id the load's identity: a digest of every graph's IRI and content, or a random one when a
 *     graph holds blank nodes (whose content has no digest that is cheap and exact)
 */
record LoadPlan(Map<Node, GraphLoad> graphs, String id) {

  /** A step of a load: whole graphs, as many as fit, at least one. */
  record Step(List<Node> graphs, long triples) {}

  static LoadPlan of(Map<Node, GraphLoad> graphs) {
    StringBuilder digests = new StringBuilder();
    boolean exact = true;
    for (Map.Entry<Node, GraphLoad> entry : graphs.entrySet()) {
      String digest = digest(entry.getValue().content().getGraph());
      if (digest == null) {
        exact = false;
        break;
      }
      digests.append(entry.getKey().getURI()).append(' ').append(digest).append('\n');
    }
    String id = exact ? sha256(digests.toString()).substring(0, 32) : UUID.randomUUID().toString();
    return new LoadPlan(graphs, id);
  }

  /**
   * Cuts the graphs not yet written into steps of at most {@code maxTriples} triples, a graph
   * larger than that alone in its step, in IRI order.
   */
  List<Step> steps(Set<Node> written, long maxTriples) {
    List<Step> steps = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    long size = 0;
    for (Map.Entry<Node, GraphLoad> entry : graphs.entrySet()) {
      if (written.contains(entry.getKey())) {
        continue;
      }
      long triples = entry.getValue().content().size();
      if (!current.isEmpty() && size + triples > maxTriples) {
        steps.add(new Step(List.copyOf(current), size));
        current.clear();
        size = 0;
      }
      current.add(entry.getKey());
      size += triples;
    }
    if (!current.isEmpty()) {
      steps.add(new Step(List.copyOf(current), size));
    }
    return steps;
  }

  /** The digest of a graph's triples in N-Triples, sorted; null if it holds blank nodes. */
  static String digest(Graph graph) {
    List<String> lines = new ArrayList<>();
    for (Triple t : graph.find().toList()) {
      if (t.getSubject().isBlank() || t.getObject().isBlank()) {
        return null;
      }
      lines.add(NodeFmtLib.str(t));
    }
    lines.sort(null);
    MessageDigest digest = sha256();
    for (String line : lines) {
      digest.update(line.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
