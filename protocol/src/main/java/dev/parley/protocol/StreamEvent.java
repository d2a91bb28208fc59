package dev.parley.protocol;

import java.util.Map;

/** What the {@link XmlStreamReader} recognised in the bytes fed to it. */
public sealed interface StreamEvent {

  /**
   * The stream header was read. {@code attributes} are those of {@code <stream:stream>}; {@code
   * contentNamespace} is its default namespace ({@code jabber:client} or {@code jabber:server}).
   */
  record Opened(
      Map<String, String> attributes, String contentNamespace, Map<String, String> prefixes)
      implements StreamEvent {
    public Opened {
      attributes = Map.copyOf(attributes);
      prefixes = Map.copyOf(prefixes);
    }
  }

  /** A complete top-level element (a stanza or a negotiation element). */
  record ElementReceived(Element element) implements StreamEvent {}

  /** The peer closed its stream with {@code </stream:stream>}. */
  record Closed() implements StreamEvent {}
}
