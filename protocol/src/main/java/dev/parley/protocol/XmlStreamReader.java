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
import java.util.function.BiConsumer;
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
  private final Utf8Validator utf8 = new Utf8Validator();
  private long bytesFed;
  // Where the current top-level unit (header, stanza, keepalive) began: everything the parser
  // holds from here on counts against the stanza limit, even a start tag it is still buffering.
  private long boundary;
  private boolean streamOpen;
  private boolean prologScreened;
  private boolean afterLessThan;
  private StreamError failure;

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

  /**
   * Feeds bytes and returns every event they complete, in order. After an error the reader is
   * spent: every later call throws the same error.
   */
  public List<StreamEvent> feed(byte[] data, int offset, int length) throws XmlStreamException {
    if (failure != null) {
      throw new XmlStreamException(failure);
    }
    try {
      return parse(data, offset, length);
    } catch (XmlStreamException e) {
      failure = e.error();
      throw e;
    }
  }

  private List<StreamEvent> parse(byte[] data, int offset, int length) throws XmlStreamException {
    if (!utf8.accept(data, offset, length)) {
      throw new XmlStreamException(
          StreamError.of(StreamErrorCondition.UNSUPPORTED_ENCODING, "input is not valid UTF-8"));
    }
    if (!prologScreened) {
      screenProlog(data, offset, length);
    }
    List<StreamEvent> events = new ArrayList<>(2);
    try {
      parser.getInputFeeder().feedInput(data, offset, length);
      bytesFed += length;
      int event;
      while ((event = parser.next()) != AsyncXMLStreamReader.EVENT_INCOMPLETE) {
        handle(event, events);
        if (event == XMLStreamConstants.START_ELEMENT
            || event == XMLStreamConstants.END_ELEMENT
            || open.isEmpty()) {
          long end = parser.getLocationInfo().getEndingByteOffset();
          checkSize(end);
          if (open.isEmpty()) {
            boundary = end;
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new XmlStreamException(parseError(e));
    }
    // The parser has consumed every byte fed so far, so this bounds whatever it is buffering.
    checkSize(bytesFed);
    return events;
  }

  /**
   * RFC 6120 §11.1 restricts DTDs and comments. Aalto's async parser cannot skip an internal DTD
   * subset (it reports a syntax error at the '['), so before the root element any {@code <!} is
   * refused here; after the root starts, Aalto reports these constructs as events.
   */
  private void screenProlog(byte[] data, int offset, int length) throws XmlStreamException {
    for (int i = offset; i < offset + length && !prologScreened; i++) {
      byte b = data[i];
      if (afterLessThan) {
        if (b == '!') {
          throw restricted("DTDs and comments are not allowed");
        }
        prologScreened = b != '?';
      }
      afterLessThan = b == '<';
    }
  }

  private static StreamError parseError(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("ENTITY_REFERENCE")) {
      // An undeclared entity inside an attribute value; in text it arrives as an event.
      return StreamError.of(StreamErrorCondition.RESTRICTED_XML, "entity references");
    }
    if (message.contains("UTF-8") || message.contains("encoding")) {
      return StreamError.of(StreamErrorCondition.UNSUPPORTED_ENCODING, "input is not valid UTF-8");
    }
    if (message.contains("for COMMENT or '[CDATA['")) {
      // "<!" inside the stream that is neither a comment nor CDATA: a markup declaration
      // (DOCTYPE, ENTITY), which RFC 6120 §11.1 restricts.
      return StreamError.of(
          StreamErrorCondition.RESTRICTED_XML, "DTDs and declarations are not allowed");
    }
    return StreamError.of(StreamErrorCondition.NOT_WELL_FORMED, firstLine(message));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private void checkSize(long position) throws XmlStreamException {
    if (position - boundary > limits.maxStanzaBytes()) {
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
    if (open.size() >= limits.maxDepth()) {
      throw new XmlStreamException(
          StreamError.of(
              StreamErrorCondition.POLICY_VIOLATION,
              "elements nested deeper than " + limits.maxDepth()));
    }
    String namespace = parser.getNamespaceURI();
    Element.Builder builder =
        Element.builder(parser.getLocalName(), namespace == null ? "" : namespace);
    // Straight into the builder: no intermediate map per start tag.
    attributes(builder::attribute);
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
    attributes(attributes::put);
    return attributes;
  }

  /** Passes each attribute on: unqualified ones by local name, {@code xml:} ones prefixed. */
  private void attributes(BiConsumer<String, String> sink) {
    for (int i = 0; i < parser.getAttributeCount(); i++) {
      String namespace = parser.getAttributeNamespace(i);
      String name = parser.getAttributeLocalName(i);
      if (namespace == null || namespace.isEmpty()) {
        sink.accept(name, parser.getAttributeValue(i));
      } else if (Namespaces.XML.equals(namespace)) {
        sink.accept("xml:" + name, parser.getAttributeValue(i));
      }
    }
  }

  private void endElement(List<StreamEvent> events) {
    if (open.isEmpty()) {
      events.add(new StreamEvent.Closed());
      return;
    }
    Element element = open.pop().build();
    if (open.isEmpty()) {
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
