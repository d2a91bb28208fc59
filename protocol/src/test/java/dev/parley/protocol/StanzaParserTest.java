package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typing of stanzas, header validation and error replies (RFC 6120 §8). */
class StanzaParserTest {

  private static Stanza parse(String xml) {
    return Stanza.parse(XmlParsing.parseElement(xml));
  }

  private static StanzaError rejection(String xml) {
    Element element = XmlParsing.parseElement(xml);
    return catchThrowableOfType(StanzaFormatException.class, () -> Stanza.parse(element)).error();
  }

  @Test
  void typesMessages() {
    Stanza stanza =
        parse(
            "<message from='romeo@example.net/orchard' to='Juliet@Example.com' id='m1'"
                + " type='chat'><body>hi</body></message>");

    assertThat(stanza).isInstanceOf(Message.class);
    Message message = (Message) stanza;
    assertThat(message.type()).isEqualTo(MessageType.CHAT);
    assertThat(message.from()).contains(Jid.parse("romeo@example.net/orchard"));
    assertThat(message.to()).contains(new BareJid("juliet", "example.com"));
    assertThat(message.id()).contains("m1");
    assertThat(message.body()).contains("hi");
    assertThat(message.isError()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "chat,CHAT",
    "groupchat,GROUPCHAT",
    "headline,HEADLINE",
    "error,ERROR",
    "normal,NORMAL",
    "bogus,NORMAL"
  })
  void mapsMessageTypesWithUnknownAsNormal(String value, MessageType expected) {
    assertThat(((Message) parse("<message type='" + value + "'/>")).type()).isEqualTo(expected);
  }

  @Test
  void aMessageWithoutTypeIsNormal() {
    assertThat(((Message) parse("<message/>")).type()).isEqualTo(MessageType.NORMAL);
  }

  @Test
  void typesPresence() {
    assertThat(((Presence) parse("<presence/>")).type()).isEqualTo(PresenceType.AVAILABLE);
    assertThat(((Presence) parse("<presence type='unavailable'/>")).type())
        .isEqualTo(PresenceType.UNAVAILABLE);
    assertThat(((Presence) parse("<presence type='subscribe' to='a@b'/>")).type().isSubscription())
        .isTrue();
    assertThat(parse("<presence type='error'/>").isError()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"available", "bogus", ""})
  void anUnknownPresenceTypeIsABadRequest(String type) {
    assertThat(rejection("<presence type='" + type + "'/>").condition())
        .isEqualTo(StanzaErrorCondition.BAD_REQUEST);
  }

  @Test
  void typesIqs() {
    Iq get =
        (Iq) parse("<iq type='get' id='q1' to='example.com'><ping xmlns='urn:xmpp:ping'/></iq>");

    assertThat(get.type()).isEqualTo(IqType.GET);
    assertThat(get.id()).contains("q1");
    assertThat(get.payload().map(Element::name)).contains("ping");
    assertThat(((Iq) parse("<iq type='result' id='q1'/>")).payload()).isEmpty();
    assertThat(((Iq) parse("<iq type='set' id='q2'><x xmlns='urn:x'/></iq>")).type())
        .isEqualTo(IqType.SET);
  }

  @Test
  void anIqWithoutIdIsABadRequest() {
    assertThat(rejection("<iq type='get'><ping xmlns='urn:xmpp:ping'/></iq>").condition())
        .isEqualTo(StanzaErrorCondition.BAD_REQUEST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<iq type='get' id='1'><a xmlns='urn:a'/><b xmlns='urn:b'/></iq>",
        "<iq type='set' id='1'/>",
        "<iq type='get' id='1'>text only</iq>",
        "<iq id='1'><a xmlns='urn:a'/></iq>",
        "<iq type='fetch' id='1'><a xmlns='urn:a'/></iq>"
      })
  void anIqWithoutExactlyOnePayloadOrAValidTypeIsABadRequest(String xml) {
    StanzaError error = rejection(xml);

    assertThat(error.condition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    assertThat(error.type()).isEqualTo(ErrorType.MODIFY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<message to='@example.com'/>",
        "<message from='juliet@'/>",
        "<presence to='a b@example.com'/>",
        "<iq type='get' id='1' to='example.com/'><a xmlns='urn:a'/></iq>"
      })
  void anInvalidAddressIsJidMalformed(String xml) {
    assertThat(rejection(xml).condition()).isEqualTo(StanzaErrorCondition.JID_MALFORMED);
  }

  @Test
  void movesServerStanzasIntoJabberClient() {
    Element raw =
        Element.builder("message", Namespaces.SERVER)
            .attribute("to", "juliet@example.com")
            .child(Element.builder("body", Namespaces.SERVER).text("hi").build())
            .child(
                Element.builder("x", "urn:x").child(Element.of("inner", Namespaces.SERVER)).build())
            .build();

    Message message = (Message) Stanza.parse(raw);

    assertThat(message.element().namespace()).isEqualTo(Namespaces.CLIENT);
    assertThat(message.body()).contains("hi");
    assertThat(message.element().child("x", "urn:x").orElseThrow().elements().get(0).namespace())
        .as("a foreign subtree is left as sent")
        .isEqualTo(Namespaces.SERVER);
  }

  @Test
  void recognisesStanzasInBothContentNamespacesOnly() {
    assertThat(Stanza.isStanza(Element.of("iq", Namespaces.CLIENT))).isTrue();
    assertThat(Stanza.isStanza(Element.of("presence", Namespaces.SERVER))).isTrue();
    assertThat(Stanza.isStanza(Element.of("message", "urn:other"))).isFalse();
    assertThat(Stanza.isStanza(Element.of("features", Namespaces.STREAM))).isFalse();
    assertThatThrownBy(() -> Stanza.parse(Element.of("features", Namespaces.CLIENT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorReplySwapsAddressesKeepsIdAndPayload() {
    Stanza request =
        parse(
            "<iq type='get' id='v1' from='romeo@example.net/orchard' to='juliet@example.com'>"
                + "<query xmlns='jabber:iq:version'/></iq>");

    Stanza reply =
        StanzaParser.errorReply(
            request, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE, "nobody home"));

    assertThat(reply).isInstanceOf(Iq.class);
    Iq iq = (Iq) reply;
    assertThat(iq.type()).isEqualTo(IqType.ERROR);
    assertThat(iq.id()).contains("v1");
    assertThat(iq.from()).contains(Jid.parse("juliet@example.com"));
    assertThat(iq.to()).contains(Jid.parse("romeo@example.net/orchard"));
    assertThat(iq.isError()).isTrue();
    assertThat(iq.element().child("query", "jabber:iq:version")).isPresent();
    assertThat(StanzaError.from(iq.element()))
        .contains(
            new StanzaError(
                ErrorType.CANCEL,
                StanzaErrorCondition.SERVICE_UNAVAILABLE,
                Optional.of("nobody home"),
                Optional.empty()));
  }

  @Test
  void errorReplyToAMessageReplacesAnEarlierErrorChild() {
    Stanza message =
        parse(
            "<message id='x' from='a@example.com/r' to='b@example.com'><body>hi</body>"
                + "<error type='cancel'><gone xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                + "</message>");

    Message reply =
        (Message) StanzaParser.errorReply(message, StanzaError.of(StanzaErrorCondition.FORBIDDEN));

    assertThat(reply.type()).isEqualTo(MessageType.ERROR);
    assertThat(reply.id()).contains("x");
    assertThat(reply.element().elements())
        .extracting(Element::name)
        .containsExactly("body", "error");
    assertThat(StanzaError.from(reply.element()).map(StanzaError::condition))
        .contains(StanzaErrorCondition.FORBIDDEN);
  }

  @ParameterizedTest
  @CsvSource({"5,5", "-128,-128", "127,127", "128,0", "-129,0", "' 7 ',7", "abc,0", "'',0"})
  void presencePriorityIsABoundedByte(String text, int expected) {
    Presence presence = (Presence) parse("<presence><priority>" + text + "</priority></presence>");

    assertThat(presence.priority()).isEqualTo(expected);
  }

  @Test
  void presencePriorityDefaultsToZero() {
    assertThat(((Presence) parse("<presence/>")).priority()).isZero();
  }

  @Test
  void stanzaErrorsRoundTripThroughXml() {
    for (StanzaErrorCondition condition : StanzaErrorCondition.values()) {
      StanzaError error = StanzaError.of(condition, "why: " + condition);
      Element stanza =
          Element.builder("message", Namespaces.CLIENT)
              .attribute("type", "error")
              .child(error.toElement())
              .build();

      Element reparsed = XmlParsing.parseElement(XmlWriter.toXml(stanza));

      assertThat(StanzaError.from(reparsed)).contains(error);
    }
  }

  @Test
  void stanzaErrorFromReadsTheTypeAndFallsBackToTheDefault() {
    Element explicit =
        XmlParsing.parseElement(
            "<iq type='error' id='1'><error type='wait'>"
                + "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    Element missing =
        XmlParsing.parseElement(
            "<iq type='error' id='1'><error>"
                + "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    Element unknown =
        XmlParsing.parseElement(
            "<iq type='error' id='1'><error type='cancel'>"
                + "<no-such xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");

    assertThat(StanzaError.from(explicit).map(StanzaError::type)).contains(ErrorType.WAIT);
    assertThat(StanzaError.from(missing).map(StanzaError::type)).contains(ErrorType.CANCEL);
    assertThat(StanzaError.from(unknown)).isEmpty();
    assertThat(StanzaError.from(XmlParsing.parseElement("<iq type='result' id='1'/>"))).isEmpty();
  }

  @Test
  void withAddressesKeepsElementAndHeaderInStep() {
    Message message =
        Message.chat(Jid.parse("a@example.com/r"), Jid.parse("b@example.com"), "hello");

    Message readdressed =
        message.withAddresses(Optional.empty(), Optional.of(Jid.parse("c@example.com")));

    assertThat(readdressed.element().attribute("from")).isEmpty();
    assertThat(readdressed.element().attribute("to")).contains("c@example.com");
    assertThat(Stanza.parse(readdressed.element())).isEqualTo(readdressed);
  }

  @Test
  void iqResultAnswersTheRequester() {
    Iq request =
        Iq.request(
            IqType.GET,
            "p1",
            Optional.of(Jid.parse("a@example.com/r")),
            Jid.parse("example.com"),
            Element.of("ping", "urn:xmpp:ping"));

    Iq result = request.emptyResult();

    assertThat(result.from()).contains(Jid.parse("example.com"));
    assertThat(result.to()).contains(Jid.parse("a@example.com/r"));
    assertThat(result.id()).contains("p1");
    assertThat(Stanza.parse(result.element())).isEqualTo(result);
  }
}
