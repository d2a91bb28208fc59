package dev.parley.protocol;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * An incremental XMPP stream reader: bytes in, {@link StreamEvent}s out, never blocking. Elements
 * are built with an explicit stack, so no input depth can overflow the call stack. Anything RFC
 * 6120 §11.1 restricts (DTDs, entity declarations and references, comments, processing
 * instructions) and anything over the {@link XmlLimits} ends the stream with the matching error.
 *
 * <p>Not thread-safe: one reader per connection, fed from its event loop. After STARTTLS or SASL
 * success the stream restarts and a fresh reader must be used.
 */
public final class XmlStreamReader {
  private static final AsyncXMLInputFactory FACTORY = newFactory();

  private final XmlLimits limits;
  private final AsyncXMLStreamReader<AsyncByteArrayFeeder> parser;
  private final Deque<Element.Builder> open = new ArrayDeque<>();
  private long bytesFed;
  private long elementStart = -1;
  private boolean streamOpen;

  public XmlStreamReader(XmlLimits limits) {
    this.limits = limits;
    this.parser = FACTORY.createAsyncForByteArray();
  }

  private static AsyncXMLInputFactory newFactory() {
    AsyncXMLInputFactory factory = new InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /** Feeds bytes and returns every event they complete, in order. */
  public List<StreamEvent> feed(byte[] data, int offset, int length) throws XmlStreamException {
    List<StreamEvent> events = new ArrayList<>(2);
    try {
      parser.getInputFeeder().feedInput(data, offset, length);
      bytesFed += length;
      int event;
      while ((event = parser.next()) != AsyncXMLStreamReader.EVENT_INCOMPLETE) {
        handle(event, events);
        checkSize();
      }
    } catch (XMLStreamException e) {
      throw new XmlStreamException(parseError(e));
    }
    checkSize();
    return events;
  }

  private static StreamError parseError(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("UTF-8") || message.contains("encoding")) {
      return StreamError.of(StreamErrorCondition.UNSUPPORTED_ENCODING, "input is not valid UTF-8");
    }
    return StreamError.of(StreamErrorCondition.NOT_WELL_FORMED, firstLine(message));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private void checkSize() throws XmlStreamException {
    long current = elementStart < 0 ? (streamOpen ? 0 : bytesFed) : bytesFed - elementStart;
    if (current > limits.maxStanzaBytes()) {
      throw new XmlStreamException(
          StreamError.of(
              StreamErrorCondition.POLICY_VIOLATION,
              "stanza larger than " + limits.maxStanzaBytes() + " bytes"));
    }
  }

  private void handle(int event, List<StreamEvent> events) throws XmlStreamException {
    switch (event) {
      case XMLStreamConstants.START_DOCUMENT -> checkDeclaration();
      case XMLStreamConstants.START_ELEMENT -> startElement(events);
      case XMLStreamConstants.END_ELEMENT -> endElement(events);
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          characters();
      case XMLStreamConstants.END_DOCUMENT -> {}
      case XMLStreamConstants.DTD -> throw restricted("DTDs are not allowed");
      case XMLStreamConstants.ENTITY_REFERENCE -> throw restricted("entity references");
      case XMLStreamConstants.COMMENT -> throw restricted("comments are not allowed");
      case XMLStreamConstants.PROCESSING_INSTRUCTION ->
          throw restricted("processing instructions are not allowed");
      default -> throw restricted("unexpected XML construct " + event);
    }
  }

  private static XmlStreamException restricted(String text) {
    return new XmlStreamException(StreamError.of(StreamErrorCondition.RESTRICTED_XML, text));
  }

  private void checkDeclaration() throws XmlStreamException {
    String encoding = parser.getCharacterEncodingScheme();
    if (encoding != null && !"UTF-8".equalsIgnoreCase(encoding)) {
      throw new XmlStreamException(
          StreamError.of(StreamErrorCondition.UNSUPPORTED_ENCODING, "only UTF-8 is supported"));
    }
  }

  private void startElement(List<StreamEvent> events) throws XmlStreamException {
    if (!streamOpen) {
      openStream(events);
      return;
    }
    if (open.isEmpty()) {
      elementStart = parser.getLocationInfo().getStartingByteOffset();
    }
    if (open.size() >= limits.maxDepth()) {
      throw new XmlStreamException(
          StreamError.of(
              StreamErrorCondition.POLICY_VIOLATION,
              "elements nested deeper than " + limits.maxDepth()));
    }
    String namespace = parser.getNamespaceURI();
    Element.Builder builder =
        Element.builder(parser.getLocalName(), namespace == null ? "" : namespace);
    attributes().forEach(builder::attribute);
    open.push(builder);
  }

  private void openStream(List<StreamEvent> events) throws XmlStreamException {
    if (!"stream".equals(parser.getLocalName())
        || !Namespaces.STREAM.equals(parser.getNamespaceURI())) {
      throw new XmlStreamException(
          StreamError.of(StreamErrorCondition.INVALID_NAMESPACE, "expected <stream:stream>"));
    }
    Map<String, String> prefixes = new HashMap<>();
    String content = "";
    for (int i = 0; i < parser.getNamespaceCount(); i++) {
      String prefix = parser.getNamespacePrefix(i);
      if (prefix == null || prefix.isEmpty()) {
        content = parser.getNamespaceURI(i);
      } else {
        prefixes.put(prefix, parser.getNamespaceURI(i));
      }
    }
    streamOpen = true;
    events.add(new StreamEvent.Opened(attributes(), content, prefixes));
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < parser.getAttributeCount(); i++) {
      String namespace = parser.getAttributeNamespace(i);
      String name = parser.getAttributeLocalName(i);
      if (namespace == null || namespace.isEmpty()) {
        attributes.put(name, parser.getAttributeValue(i));
      } else if (Namespaces.XML.equals(namespace)) {
        attributes.put("xml:" + name, parser.getAttributeValue(i));
      }
    }
    return attributes;
  }

  private void endElement(List<StreamEvent> events) {
    if (open.isEmpty()) {
      events.add(new StreamEvent.Closed());
      return;
    }
    Element element = open.pop().build();
    if (open.isEmpty()) {
      elementStart = -1;
      events.add(new StreamEvent.ElementReceived(element));
    } else {
      open.peek().child(element);
    }
  }

  private void characters() throws XmlStreamException {
    String text = parser.getText();
    if (open.isEmpty()) {
      if (!text.isBlank()) {
        throw new XmlStreamException(
            StreamError.of(StreamErrorCondition.BAD_FORMAT, "text outside of a stanza"));
      }
      return; // whitespace keepalive between stanzas
    }
    open.peek().text(text);
  }
}
