package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A normal client stream through {@link XmlStreamReader}, whole and byte by byte. */
class XmlStreamReaderTest {
  static final String HEADER =
      "<?xml version='1.0'?><stream:stream from='juliet@example.com' to='example.com'"
          + " version='1.0' xml:lang='en' xmlns='jabber:client'"
          + " xmlns:stream='http://etherx.jabber.org/streams'>";

  private static final String MESSAGE =
      "<message to='romeo@example.net' type='chat' id='m1'>"
          + "<body>Art thou not Romeo, &amp; a Montague? &lt;3 &#x263A; &#9731;</body>"
          + "<thread>t1</thread></message>";
  private static final String PRESENCE =
      "<presence><show>away</show><c xmlns='http://jabber.org/protocol/caps' hash='sha-1'"
          + " node='https://example.org' ver='abc='/></presence>";
  private static final String IQ = "<iq type='get' id='r1'><query xmlns='jabber:iq:roster'/></iq>";
  private static final String CLOSE = "</stream:stream>";

  static List<StreamEvent> feedAll(XmlStreamReader reader, String text) throws XmlStreamException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return reader.feed(bytes, 0, bytes.length);
  }

  static List<StreamEvent> feedByteByByte(XmlStreamReader reader, byte[] bytes)
      throws XmlStreamException {
    List<StreamEvent> events = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      events.addAll(reader.feed(bytes, i, 1));
    }
    return events;
  }

  private static List<StreamEvent> conversation() throws XmlStreamException {
    return feedAll(
        new XmlStreamReader(XmlLimits.DEFAULT), HEADER + MESSAGE + " \n" + PRESENCE + IQ + CLOSE);
  }

  @Test
  void readsTheHeaderWithItsAttributesAndNamespaces() throws XmlStreamException {
    StreamEvent.Opened opened = (StreamEvent.Opened) conversation().get(0);

    assertThat(opened.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "from", "juliet@example.com",
                "to", "example.com",
                "version", "1.0",
                "xml:lang", "en"));
    assertThat(opened.contentNamespace()).isEqualTo(Namespaces.CLIENT);
    assertThat(opened.prefixes()).containsEntry("stream", Namespaces.STREAM);
  }

  @Test
  void readsStanzasWithEntitiesResolvedAndTheClose() throws XmlStreamException {
    List<StreamEvent> events = conversation();

    assertThat(events).hasSize(5);
    Element message = ((StreamEvent.ElementReceived) events.get(1)).element();
    assertThat(message.is("message", Namespaces.CLIENT)).isTrue();
    assertThat(message.attribute("to")).contains("romeo@example.net");
    assertThat(message.childText("body", Namespaces.CLIENT))
        .contains("Art thou not Romeo, & a Montague? <3 \u263A \u2603");
    assertThat(message.children()).hasSize(2);

    Element presence = ((StreamEvent.ElementReceived) events.get(2)).element();
    assertThat(
            presence.child("c", "http://jabber.org/protocol/caps").flatMap(c -> c.attribute("ver")))
        .contains("abc=");

    Element iq = ((StreamEvent.ElementReceived) events.get(3)).element();
    assertThat(iq.child("query", Namespaces.ROSTER)).isPresent();
    assertThat(events.get(4)).isInstanceOf(StreamEvent.Closed.class);
  }

  @Test
  void byteByByteFeedingGivesTheSameEventsAsOneFeed() throws XmlStreamException {
    String text = HEADER + MESSAGE + " " + PRESENCE + "\n" + IQ + CLOSE;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    List<StreamEvent> whole = feedAll(new XmlStreamReader(XmlLimits.DEFAULT), text);
    List<StreamEvent> pieces = feedByteByByte(new XmlStreamReader(XmlLimits.DEFAULT), bytes);

    assertThat(pieces).isEqualTo(whole);
  }

  @Test
  void splitsMultiByteCharactersAcrossFeedsSafely() throws XmlStreamException {
    String text = HEADER + "<message><body>Grüße, 世界 \uD83D\uDE00</body></message>";
    List<StreamEvent> events =
        feedByteByByte(
            new XmlStreamReader(XmlLimits.DEFAULT), text.getBytes(StandardCharsets.UTF_8));

    Element message = ((StreamEvent.ElementReceived) events.get(1)).element();
    assertThat(message.childText("body", Namespaces.CLIENT)).contains("Grüße, 世界 \uD83D\uDE00");
  }

  @Test
  void ignoresWhitespaceKeepalivesBetweenStanzas() throws XmlStreamException {
    XmlStreamReader reader = new XmlStreamReader(XmlLimits.DEFAULT);
    assertThat(feedAll(reader, HEADER)).hasSize(1);

    assertThat(feedAll(reader, " ")).isEmpty();
    assertThat(feedAll(reader, "\n\r\t ")).isEmpty();
    assertThat(feedAll(reader, IQ)).singleElement().isInstanceOf(StreamEvent.ElementReceived.class);
    assertThat(feedAll(reader, " ")).isEmpty();
  }

  @Test
  void aLongRunOfKeepalivesDoesNotCountAgainstTheNextStanza() throws XmlStreamException {
    XmlStreamReader reader = new XmlStreamReader(new XmlLimits(1024, 8));
    feedAll(reader, HEADER);
    for (int i = 0; i < 2048; i++) {
      feedAll(reader, " ");
    }

    assertThat(feedAll(reader, IQ)).hasSize(1);
  }

  @Test
  void manySmallStanzasInOneFeedStayUnderTheStanzaLimit() throws XmlStreamException {
    // The limit is per stanza, not per read: a batch larger than the limit is fine.
    String batch = IQ.repeat(200);
    assertThat(batch.length()).isGreaterThan(4096);
    XmlStreamReader reader = new XmlStreamReader(new XmlLimits(1024, 8));

    List<StreamEvent> events = feedAll(reader, HEADER + batch);

    assertThat(events).hasSize(201);
  }

  @Test
  void readsAServerStreamInJabberServer() throws XmlStreamException {
    String header =
        "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'"
            + " xmlns:db='jabber:server:dialback' version='1.0'>";
    List<StreamEvent> events =
        feedAll(
            new XmlStreamReader(XmlLimits.DEFAULT),
            header + "<db:result from='a.example' to='b.example'>key</db:result>" + MESSAGE);

    StreamEvent.Opened opened = (StreamEvent.Opened) events.get(0);
    assertThat(opened.contentNamespace()).isEqualTo(Namespaces.SERVER);
    assertThat(opened.prefixes()).containsEntry("db", "jabber:server:dialback");
    Element result = ((StreamEvent.ElementReceived) events.get(1)).element();
    assertThat(result.is("result", "jabber:server:dialback")).isTrue();
    assertThat(result.text()).isEqualTo("key");
    assertThat(((StreamEvent.ElementReceived) events.get(2)).element().namespace())
        .isEqualTo(Namespaces.SERVER);
  }

  @Test
  void keepsCdataAsText() throws XmlStreamException {
    List<StreamEvent> events =
        feedAll(
            new XmlStreamReader(XmlLimits.DEFAULT),
            HEADER + "<message><body>a<![CDATA[<b>&]]>c</body></message>");

    Element body = ((StreamEvent.ElementReceived) events.get(1)).element().elements().get(0);
    assertThat(body.text()).isEqualTo("a<b>&c");
    assertThat(body.children()).hasSize(1);
  }

  @Test
  void refusesToReadAfterAnError() {
    XmlStreamReader reader = new XmlStreamReader(XmlLimits.DEFAULT);
    XmlStreamException first =
        catchThrowableOfType(
            XmlStreamException.class, () -> feedAll(reader, HEADER + "<a></b><c/>"));

    assertThat(first.error().condition()).isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
    assertThatThrownBy(() -> feedAll(reader, IQ)).isInstanceOf(XmlStreamException.class);
  }
}
