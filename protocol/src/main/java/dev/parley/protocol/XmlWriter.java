package dev.parley.protocol;

import java.util.Map;

/**
 * Serializes elements. Namespaces are declared with {@code xmlns} only where they change, and
 * stanzas in the internal {@code jabber:client} namespace are written in the stream's own content
 * namespace, so the same stanza serializes correctly on client and server streams.
 */
public final class XmlWriter {
  private XmlWriter() {}

  /** A standalone serialization with the root namespace declared. */
  public static String toXml(Element element) {
    StringBuilder out = new StringBuilder(128);
    write(element, "", "", out);
    return out.toString();
  }

  /**
   * Serializes a top-level element of a stream whose default namespace is {@code streamNamespace}
   * ({@code jabber:client} or {@code jabber:server}).
   */
  public static void writeStreamElement(
      Element element, String streamNamespace, StringBuilder out) {
    write(element, streamNamespace, streamNamespace, out);
  }

  private static void write(
      Element element, String parentNamespace, String streamNamespace, StringBuilder out) {
    String namespace = contentNamespace(element.namespace(), streamNamespace);
    // Stream-level elements (features, error) use the prefix the stream header declared.
    boolean streamLevel = Namespaces.STREAM.equals(namespace);
    String tag = streamLevel ? "stream:" + element.name() : element.name();
    out.append('<').append(tag);
    if (streamLevel) {
      if (streamNamespace.isEmpty()) {
        out.append(" xmlns:stream=\"").append(Namespaces.STREAM).append('"');
      }
      namespace = parentNamespace;
    } else if (!namespace.equals(parentNamespace)) {
      out.append(" xmlns=\"");
      escapeAttribute(namespace, out);
      out.append('"');
    }
    for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
      out.append(' ').append(attribute.getKey()).append("=\"");
      escapeAttribute(attribute.getValue(), out);
      out.append('"');
    }
    if (element.children().isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Node child : element.children()) {
      switch (child) {
        case Element e -> write(e, namespace, streamNamespace, out);
        case Text t -> escapeText(t.value(), out);
      }
    }
    out.append("</").append(tag).append('>');
  }

  private static String contentNamespace(String namespace, String streamNamespace) {
    return Namespaces.CLIENT.equals(namespace) && !streamNamespace.isEmpty()
        ? streamNamespace
        : namespace;
  }

  public static void escapeText(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> appendValid(c, out);
      }
    }
  }

  public static void escapeAttribute(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> appendValid(c, out);
      }
    }
  }

  /** Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF) become U+FFFD. */
  private static void appendValid(char c, StringBuilder out) {
    boolean valid = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
    out.append(valid ? c : '\uFFFD');
  }
}
