package org.hrcg.ingest.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.FactoryRDF;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.hrcg.ingest.Position;

/**
 * A parser profile that remembers the last position the parser reported while building terms and
 * statements. The parsers call the profile for every term and statement with the line and column
 * they are at, and send the statement on right after, so the last position is where that statement
 * was written. Turtle, TriG, N-Triples and N-Quads report the statement itself; RDF/XML reports the
 * property element; JSON-LD reports no positions at all (the position stays unknown).
 */
final class PositionProfile extends ParserProfileStd {

  private Position last;

  PositionProfile(
      FactoryRDF factory, ErrorHandler errorHandler, IRIxResolver resolver, Context context) {
    super(factory, errorHandler, resolver, PrefixMapFactory.create(), context, true, false);
  }

  /** The last position reported, or null when the parser reports none. */
  Position last() {
    return last;
  }

  private void at(long line, long column) {
    if (line >= 1 && line <= Integer.MAX_VALUE) {
      last =
          new Position((int) line, column >= 1 && column <= Integer.MAX_VALUE ? (int) column : 0);
    }
  }

  @Override
  public Triple createTriple(Node subject, Node predicate, Node object, long line, long col) {
    at(line, col);
    return super.createTriple(subject, predicate, object, line, col);
  }

  @Override
  public Quad createQuad(
      Node graph, Node subject, Node predicate, Node object, long line, long col) {
    at(line, col);
    return super.createQuad(graph, subject, predicate, object, line, col);
  }

  @Override
  public Node createURI(String uriStr, long line, long col) {
    at(line, col);
    return super.createURI(uriStr, line, col);
  }

  @Override
  public Node createURI(IRIx iri, long line, long col) {
    at(line, col);
    return super.createURI(iri, line, col);
  }

  @Override
  public Node createTypedLiteral(String lexical, RDFDatatype datatype, long line, long col) {
    at(line, col);
    return super.createTypedLiteral(lexical, datatype, line, col);
  }

  @Override
  public Node createLangLiteral(String lexical, String langTag, long line, long col) {
    at(line, col);
    return super.createLangLiteral(lexical, langTag, line, col);
  }

  @Override
  public Node createLangDirLiteral(
      String lexical, String langTag, String direction, long line, long col) {
    at(line, col);
    return super.createLangDirLiteral(lexical, langTag, direction, line, col);
  }

  @Override
  public Node createStringLiteral(String lexical, long line, long col) {
    at(line, col);
    return super.createStringLiteral(lexical, line, col);
  }

  @Override
  public Node createBlankNode(Node scope, String label, long line, long col) {
    at(line, col);
    return super.createBlankNode(scope, label, line, col);
  }

  @Override
  public Node createBlankNode(Node scope, long line, long col) {
    at(line, col);
    return super.createBlankNode(scope, line, col);
  }
}
