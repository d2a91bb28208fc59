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
    String namespace = contentNamespace(element.namespace(), parentNamespace, streamNamespace);
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

  /**
   * Maps {@code jabber:client} onto the stream's namespace only while the parent is in the stream
   * namespace (the stanza and its own children). A client stanza nested in an extension, such as a
   * forwarded message (XEP-0297 §3), stays in {@code jabber:client} even on a server stream.
   */
  private static String contentNamespace(
      String namespace, String parentNamespace, String streamNamespace) {
    return Namespaces.CLIENT.equals(namespace)
            && !streamNamespace.isEmpty()
            && parentNamespace.equals(streamNamespace)
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
        default -> i = appendValid(text, i, out);
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
        default -> i = appendValid(text, i, out);
      }
    }
  }

  /**
   * Appends the character at {@code i}, or U+FFFD for one XML 1.0 forbids (most C0 controls,
   * U+FFFE/U+FFFF, and unpaired surrogates, which have no UTF-8 encoding). Returns the index of the
   * last char consumed: a surrogate pair is consumed whole.
   */
  private static int appendValid(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    boolean valid =
        c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)
            || c == '\t'
            || c == '\n'
            || c == '\r';
    out.append(valid ? c : '\uFFFD');
    return i;
  }
}
