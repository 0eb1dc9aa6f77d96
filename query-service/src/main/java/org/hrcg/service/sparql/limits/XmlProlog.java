package org.hrcg.service.sparql.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads the prolog of an XML document, up to its first element, for a DOCTYPE that points outside
 * the document: an external DTD or an external entity. Jena's RDF/XML parser already resolves
 * neither; finding them here turns a silently empty value into a refusal that says why.
 *
 * <p>This pass resolves nothing either: external entities and DTDs are off, no protocol is allowed,
 * and the entity resolver refuses every request.
 */
final class XmlProlog {

  private XmlProlog() {}

  /**
   * The first external DTD or entity the prolog declares, as {@code SYSTEM "..."} or {@code PUBLIC
   * "..."}. Empty when there is none, and when the prolog cannot be read (the parser then reports
   * the document's own error).
   */
  static Optional<String> externalReference(byte[] start) {
    Finder finder = new Finder();
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
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", finder);
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", finder);
      reader.setContentHandler(finder);
      reader.setEntityResolver(finder);
      reader.setErrorHandler(finder);
      reader.parse(new InputSource(new ByteArrayInputStream(start)));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      // the root element started, or the prolog could not be read: what was found stands
    }
    return Optional.ofNullable(finder.found);
  }

  private static final class Finder extends DefaultHandler2 {
    private String found;

    private void found(String publicId, String systemId) {
      if (found == null) {
        found = systemId != null ? "SYSTEM \"" + systemId + "\"" : "PUBLIC \"" + publicId + "\"";
      }
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      if (publicId != null || systemId != null) {
        found(publicId, systemId);
      }
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
      found(publicId, systemId);
    }

    @Override
    public void unparsedEntityDecl(
        String name, String publicId, String systemId, String notationName) {
      found(publicId, systemId);
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
        throws SAXException {
      throw new SAXException("external entity refused");
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw new SAXException("external entity refused");
    }

    @Override
    public InputSource getExternalSubset(String name, String baseUri) {
      return null;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      throw new SAXException("end of prolog");
    }
  }
}
