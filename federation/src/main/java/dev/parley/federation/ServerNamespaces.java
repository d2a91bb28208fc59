package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Node;
import dev.parley.protocol.Text;
import dev.parley.protocol.XmlWriter;
import dev.parley.transport.StreamWriter;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import java.util.Map;

/** Namespaces and elements of server-to-server streams. */
final class ServerNamespaces {
  static final String DIALBACK = "jabber:server:dialback";
  static final String DIALBACK_FEATURE = "urn:xmpp:features:dialback";
  static final String BIDI = "urn:xmpp:bidi";
  static final String BIDI_FEATURE = "urn:xmpp:features:bidi";

  private ServerNamespaces() {}

  /**
   * Writes a dialback element as {@code <db:result/>} or {@code <db:verify/>}, with the {@code db}
   * prefix that our stream header declares. XEP-0220 §2.1 uses that prefix in every example and
   * ejabberd (through its xmpp codec) matches the qualified name {@code db:result} literally: the
   * same element with a default {@code xmlns='jabber:server:dialback'} is silently ignored there,
   * and dialback never completes.
   */
  static ChannelFuture send(StreamWriter out, Element dialback) {
    StringBuilder xml = new StringBuilder(160);
    xml.append("<db:").append(dialback.name());
    for (Map.Entry<String, String> attribute : dialback.attributes().entrySet()) {
      xml.append(' ').append(attribute.getKey()).append("='");
      XmlWriter.escapeAttribute(attribute.getValue(), xml);
      xml.append('\'');
    }
    xml.append('>');
    for (Node child : dialback.children()) {
      switch (child) {
        case Text text -> XmlWriter.escapeText(text.value(), xml);
        case Element element -> xml.append(XmlWriter.toXml(element));
      }
    }
    xml.append("</db:").append(dialback.name()).append('>');
    return out.channel().writeAndFlush(ByteBufUtil.writeUtf8(out.channel().alloc(), xml));
  }

  /** The attributes of an initiating stream header, declaring the {@code db} prefix. */
  static Map<String, String> header(String from, String to) {
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    attributes.put("xmlns:db", DIALBACK);
    attributes.put("from", from);
    attributes.put("to", to);
    attributes.put("version", "1.0");
    return attributes;
  }

  /** SASL EXTERNAL with our domain as authorization identity (XEP-0178 §3.3). */
  static Element saslExternal(String local) {
    return Element.builder("auth", dev.parley.protocol.Namespaces.SASL)
        .attribute("mechanism", "EXTERNAL")
        .text(
            java.util.Base64.getEncoder()
                .encodeToString(local.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .build();
  }

  static Element dialbackFeature() {
    return Element.builder("dialback", DIALBACK_FEATURE).child("errors", DIALBACK_FEATURE).build();
  }

  static Element result(String from, String to, String key) {
    return Element.builder("result", DIALBACK)
        .attribute("from", from)
        .attribute("to", to)
        .text(key)
        .build();
  }

  static Element resultAnswer(String from, String to, DialbackVerdict verdict) {
    Element.Builder answer =
        Element.builder("result", DIALBACK)
            .attribute("from", from)
            .attribute("to", to)
            .attribute("type", verdict.typeAttribute());
    DialbackVerdict.errorChild(verdict).ifPresent(answer::child);
    return answer.build();
  }

  static Element verify(String from, String to, String id, String key) {
    return Element.builder("verify", DIALBACK)
        .attribute("from", from)
        .attribute("to", to)
        .attribute("id", id)
        .text(key)
        .build();
  }

  static Element verifyAnswer(String from, String to, String id, DialbackVerdict verdict) {
    Element.Builder answer =
        Element.builder("verify", DIALBACK)
            .attribute("from", from)
            .attribute("to", to)
            .attribute("id", id)
            .attribute("type", verdict.typeAttribute());
    DialbackVerdict.errorChild(verdict).ifPresent(answer::child);
    return answer.build();
  }
}
