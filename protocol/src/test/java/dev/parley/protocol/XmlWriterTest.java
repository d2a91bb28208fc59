package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping and namespace declarations of {@link XmlWriter}. */
class XmlWriterTest {
  private static final String FORWARD = "urn:xmpp:forward:0";

  private static String stream(Element element, String streamNamespace) {
    StringBuilder out = new StringBuilder();
    XmlWriter.writeStreamElement(element, streamNamespace, out);
    return out.toString();
  }

  @Test
  void escapesMarkupInText() {
    Element body = Element.builder("body", Namespaces.CLIENT).text("a<b & c>d \"q\" 'a'").build();

    assertThat(XmlWriter.toXml(body))
        .isEqualTo("<body xmlns=\"jabber:client\">a&lt;b &amp; c&gt;d \"q\" 'a'</body>");
  }

  @Test
  void keepsTabsAndNewlinesInTextButEscapesThemInAttributes() {
    // In attributes, XML 1.0 §3.3.3 normalizes raw whitespace to spaces, so it must be escaped.
    Element element =
        Element.builder("x", "urn:test")
            .attribute("a", "1\t2\n3\r4 \"<&>'")
            .text("line1\n\tline2\r")
            .build();

    assertThat(XmlWriter.toXml(element))
        .isEqualTo(
            "<x xmlns=\"urn:test\" a=\"1&#9;2&#10;3&#13;4 &quot;&lt;&amp;&gt;&apos;\">"
                + "line1\n\tline2\r</x>");
  }

  @Test
  void replacesCharactersXmlForbids() {
    Element element =
        Element.builder("x", "urn:test")
            .attribute("a", "\u0001\u0000")
            .text("bell\u0007 nul\u0000 \uFFFE\uFFFF ok\u00e9\uD83D\uDE00")
            .build();

    assertThat(XmlWriter.toXml(element))
        .isEqualTo(
            "<x xmlns=\"urn:test\" a=\"\uFFFD\uFFFD\">"
                + "bell\uFFFD nul\uFFFD \uFFFD\uFFFD ok\u00e9\uD83D\uDE00</x>");
  }

  @Test
  void replacesUnpairedSurrogates() {
    // A lone surrogate cannot be encoded in UTF-8; the peer would see a broken byte sequence.
    Element element = Element.builder("x", "urn:test").text("a\uD83Db\uDE00").build();

    assertThat(XmlWriter.toXml(element)).isEqualTo("<x xmlns=\"urn:test\">a\uFFFDb\uFFFD</x>");
  }

  @Test
  void declaresANamespaceOnlyWhereItChanges() {
    Element iq =
        Element.builder("iq", Namespaces.CLIENT)
            .attribute("type", "result")
            .attribute("id", "r1")
            .child(
                Element.builder("query", Namespaces.ROSTER)
                    .child(
                        Element.builder("item", Namespaces.ROSTER)
                            .attribute("jid", "romeo@example.net")
                            .textChild("group", Namespaces.ROSTER, "Friends")
                            .build())
                    .build())
            .child(Element.of("other", "urn:x"))
            .build();

    assertThat(XmlWriter.toXml(iq))
        .isEqualTo(
            "<iq xmlns=\"jabber:client\" type=\"result\" id=\"r1\">"
                + "<query xmlns=\"jabber:iq:roster\"><item jid=\"romeo@example.net\">"
                + "<group>Friends</group></item></query><other xmlns=\"urn:x\"/></iq>");
  }

  @Test
  void writesStanzasInTheStreamNamespaceWithoutRedeclaringIt() {
    Message message =
        Message.chat(Jid.parse("romeo@example.net"), Jid.parse("juliet@example.com"), "hi");

    assertThat(stream(message.element(), Namespaces.CLIENT))
        .isEqualTo(
            "<message from=\"romeo@example.net\" to=\"juliet@example.com\" type=\"chat\">"
                + "<body>hi</body></message>");
    assertThat(stream(message.element(), Namespaces.SERVER))
        .isEqualTo(
            "<message from=\"romeo@example.net\" to=\"juliet@example.com\" type=\"chat\">"
                + "<body>hi</body></message>");
  }

  @Test
  void keepsForwardedClientStanzasInJabberClientOnAServerStream() {
    // XEP-0297 §3: a forwarded stanza stays qualified by jabber:client even inside s2s traffic.
    Element inner =
        Element.builder("message", Namespaces.CLIENT)
            .textChild("body", Namespaces.CLIENT, "x")
            .build();
    Element outer =
        Element.builder("message", Namespaces.CLIENT)
            .child(Element.builder("forwarded", FORWARD).child(inner).build())
            .build();

    assertThat(stream(outer, Namespaces.SERVER))
        .isEqualTo(
            "<message><forwarded xmlns=\"urn:xmpp:forward:0\">"
                + "<message xmlns=\"jabber:client\"><body>x</body></message>"
                + "</forwarded></message>");
  }

  @Test
  void writesStreamLevelElementsWithTheStreamPrefix() {
    Element features =
        Element.builder("features", Namespaces.STREAM)
            .child(
                Element.builder("starttls", Namespaces.TLS)
                    .child("required", Namespaces.TLS)
                    .build())
            .build();

    assertThat(stream(features, Namespaces.CLIENT))
        .isEqualTo(
            "<stream:features><starttls xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\">"
                + "<required/></starttls></stream:features>");
    assertThat(XmlWriter.toXml(StreamError.of(StreamErrorCondition.HOST_UNKNOWN).toElement()))
        .isEqualTo(
            "<stream:error xmlns:stream=\"http://etherx.jabber.org/streams\">"
                + "<host-unknown xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"/></stream:error>");
  }

  @Test
  void writesAStanzaErrorInsideAServerStanzaInTheStreamNamespace() {
    Element error = StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND).toElement();
    Element iq =
        Element.builder("iq", Namespaces.CLIENT)
            .attribute("type", "error")
            .attribute("id", "1")
            .child(error)
            .build();

    assertThat(stream(iq, Namespaces.SERVER))
        .isEqualTo(
            "<iq type=\"error\" id=\"1\"><error type=\"cancel\">"
                + "<item-not-found xmlns=\"urn:ietf:params:xml:ns:xmpp-stanzas\"/></error></iq>");
  }

  @Test
  void writesEmptyElementsSelfClosed() {
    assertThat(XmlWriter.toXml(Element.of("ping", "urn:xmpp:ping")))
        .isEqualTo("<ping xmlns=\"urn:xmpp:ping\"/>");
  }

  @Test
  void keepsXmlLangAsAPrefixedAttribute() {
    Element body =
        Element.builder("body", Namespaces.CLIENT).attribute("xml:lang", "en").text("x").build();

    assertThat(XmlWriter.toXml(body))
        .isEqualTo("<body xmlns=\"jabber:client\" xml:lang=\"en\">x</body>");
  }
}
