package org.hrcg.ingest.rdf;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.hrcg.ingest.Position;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads the prolog of an RDF/XML document, up to its first element, to find a document type
 * declaration that points outside the file: an external DTD subset or an external entity. Such a
 * document is rejected before the RDF parser sees it, so that nothing it names is ever opened. A
 * DOCTYPE with internal entities only (common in OWL files: {@code <!ENTITY xsd "...">}) is
 * allowed.
 *
 * <p>This pass itself resolves nothing: external entities and DTDs are switched off, the JAXP
 * access properties allow no protocol, and the entity resolver refuses every request.
 */
public final class XmlDoctypeCheck {

  /**
   * Something in the prolog that is not allowed, and where it is.
   *
   * @param position where it is
   * @param message what it is
   * @param externalReference whether it is an external DTD or entity (else the prolog could not be
   *     read)
   */
  public record Finding(Position position, String message, boolean externalReference) {}

  private XmlDoctypeCheck() {}

  /** What is wrong with the document's prolog; empty when nothing is. */
  public static List<Finding> check(String xml) {
    Handler handler = new Handler();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      XMLReader reader = parser.getXMLReader();
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
      reader.setContentHandler(handler);
      reader.setEntityResolver(handler);
      reader.setErrorHandler(handler);
      reader.parse(new InputSource(new StringReader(xml)));
    } catch (PrologEnd end) {
      // the root element starts: every declaration has been seen
    } catch (SAXParseException e) {
      handler.findings.add(
          new Finding(
              position(e.getLineNumber(), e.getColumnNumber()),
              "XML syntax error: " + e.getMessage(),
              false));
    } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
      handler.findings.add(
          new Finding(Position.START, "cannot check the XML prolog: " + e.getMessage(), false));
    }
    return List.copyOf(handler.findings);
  }

  /**
   * The first external DTD or entity that the prolog declares, if any. A prolog that cannot be read
   * is left to the parser, which reports the document's own error.
   */
  public static Optional<Finding> externalReference(String xml) {
    return check(xml).stream().filter(Finding::externalReference).findFirst();
  }

  private static Position position(long line, long column) {
    return line < 1 ? Position.START : new Position((int) line, column < 1 ? 0 : (int) column);
  }

  /** Stops the pass at the root element. */
  private static final class PrologEnd extends SAXException {
    private static final long serialVersionUID = 1L;

    PrologEnd() {
      super("end of prolog");
    }
  }

  private static final class Handler extends DefaultHandler2 {
    private final List<Finding> findings = new ArrayList<>();
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private Position here() {
      return locator == null
          ? Position.START
          : position(locator.getLineNumber(), locator.getColumnNumber());
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      if (systemId != null || publicId != null) {
        findings.add(
            new Finding(
                here(),
                "DOCTYPE names an external DTD ("
                    + describe(publicId, systemId)
                    + "): RDF/XML with an external DTD or external entities is not read",
                true));
      }
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
      findings.add(
          new Finding(
              here(),
              "DOCTYPE declares the external entity '"
                  + name
                  + "' ("
                  + describe(publicId, systemId)
                  + "): RDF/XML with an external DTD or external entities is not read",
              true));
    }

    @Override
    public void unparsedEntityDecl(
        String name, String publicId, String systemId, String notationName) {
      externalEntityDecl(name, publicId, systemId);
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
        throws SAXException {
      throw new SAXException("external entity refused: " + describe(publicId, systemId));
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw new SAXException("external entity refused: " + describe(publicId, systemId));
    }

    @Override
    public InputSource getExternalSubset(String name, String baseUri) {
      return null;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      throw new PrologEnd();
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }

    private static String describe(String publicId, String systemId) {
      if (systemId != null && publicId != null) {
        return "PUBLIC \"" + publicId + "\" \"" + systemId + "\"";
      }
      return systemId != null ? "SYSTEM \"" + systemId + "\"" : "PUBLIC \"" + publicId + "\"";
    }
  }
}
