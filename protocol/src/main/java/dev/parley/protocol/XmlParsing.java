package dev.parley.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses a single serialized element, for XML kept in storage. */
public final class XmlParsing {
  private static final String OPEN =
      "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";

  private XmlParsing() {}

  /** Parses {@code xml}, one element; unqualified elements land in {@code jabber:client}. */
  public static Element parseElement(String xml) {
    XmlStreamReader reader = new XmlStreamReader(new XmlLimits(Integer.MAX_VALUE, 256));
    byte[] bytes = (OPEN + xml).getBytes(StandardCharsets.UTF_8);
    try {
      List<StreamEvent> events = reader.feed(bytes, 0, bytes.length);
      for (StreamEvent event : events) {
        if (event instanceof StreamEvent.ElementReceived received) {
          return received.element();
        }
      }
    } catch (XmlStreamException e) {
      throw new IllegalArgumentException("invalid stored XML: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("no complete element in stored XML");
  }
}
