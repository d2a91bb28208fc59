package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Serializing an {@link Element} and parsing it back gives an equal element. */
class ElementRoundTripTest {

  private static Element roundTrip(Element element) {
    return XmlParsing.parseElement(XmlWriter.toXml(element));
  }

  @Test
  void aRosterResultRoundTrips() {
    Element.Builder query = Element.builder("query", Namespaces.ROSTER).attribute("ver", "v7");
    for (int i = 0; i < 5; i++) {
      query.child(
          Element.builder("item", Namespaces.ROSTER)
              .attribute("jid", "contact" + i + "@example.net")
              .attribute("name", "Contact \"" + i + "\" <&>")
              .attribute("subscription", "both")
              .textChild("group", Namespaces.ROSTER, "Friends & Family")
              .build());
    }
    Element iq =
        Element.builder("iq", Namespaces.CLIENT)
            .attribute("type", "result")
            .attribute("id", "roster_1")
            .attribute("xml:lang", "en")
            .child(query.build())
            .build();

    assertThat(roundTrip(iq)).isEqualTo(iq);
  }

  @Test
  void mixedContentAndWhitespaceRoundTrip() {
    Element html =
        Element.builder("message", Namespaces.CLIENT)
            .child(
                Element.builder("body", Namespaces.CLIENT)
                    .text("line 1\n\tline 2 & <tag> ]]> \"quoted\" 'single'")
                    .build())
            .child(
                Element.builder("html", "http://jabber.org/protocol/xhtml-im")
                    .child(
                        Element.builder("body", "http://www.w3.org/1999/xhtml")
                            .text("a ")
                            .child(
                                Element.builder("em", "http://www.w3.org/1999/xhtml")
                                    .text("b")
                                    .build())
                            .text(" c")
                            .build())
                    .build())
            .build();

    assertThat(roundTrip(html)).isEqualTo(html);
  }

  @Test
  void attributeWhitespaceSurvives() {
    Element element =
        Element.builder("x", "urn:test").attribute("v", "tab\there\nnewline\r\n end").build();

    assertThat(roundTrip(element)).isEqualTo(element);
  }

  @Test
  void adjacentTextPiecesEqualOneTextNode() {
    Element pieces = Element.builder("body", Namespaces.CLIENT).text("ab").text("cd").build();
    Element whole = Element.builder("body", Namespaces.CLIENT).text("abcd").build();

    assertThat(pieces).isEqualTo(whole);
    assertThat(roundTrip(pieces)).isEqualTo(pieces);
    assertThat(Element.builder("body", Namespaces.CLIENT).text("").build())
        .isEqualTo(Element.of("body", Namespaces.CLIENT));
  }

  @Test
  void streamErrorsAndStanzaErrorsRoundTrip() {
    Element stanzaError =
        StanzaError.of(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, "no SRV record")
            .withReason("dns-nxdomain")
            .toElement();
    Element message =
        Element.builder("message", Namespaces.CLIENT)
            .attribute("type", "error")
            .child(stanzaError)
            .build();

    assertThat(roundTrip(message)).isEqualTo(message);
  }

  @Test
  void elementsAreImmutable() {
    Element element = Element.builder("a", "urn:a").attribute("k", "v").text("t").build();

    assertThatThrownBy(() -> element.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> element.children().add(new Text("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(element.withChildren(List.of()).children()).isEmpty();
    assertThat(element.children()).hasSize(1);
  }

  @Test
  void parseElementRejectsIncompleteOrBrokenXml() {
    assertThatThrownBy(() -> XmlParsing.parseElement("<message>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XmlParsing.parseElement("<message></iq>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
