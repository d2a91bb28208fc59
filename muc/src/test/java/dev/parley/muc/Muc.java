package dev.parley.muc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Node;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.Text;
import dev.parley.protocol.XmlParsing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chat service on {@code conference.example.com} driven by XML strings, with what it routed
 * returned as elements to compare with expected XML.
 */
final class Muc {
  static final String SERVICE = "conference.example.com";
  static final String ROOM = "garden@" + SERVICE;
  static final String ROMEO = "romeo@example.com/pda";
  static final String JULIET = "juliet@example.com/balcony";
  static final String NURSE = "nurse@example.com/kitchen";
  static final String MERCUTIO = "mercutio@remote.example/home";
  static final String MUC = "http://jabber.org/protocol/muc";
  static final String USER = MUC + "#user";

  final RecordingRouter router = new RecordingRouter();
  final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  final RoomStore store;
  final MucSettings settings;
  final MucService service;

  Muc() {
    this(MucSettings.defaults(), new InMemoryRoomStore(), RealJidView.identity());
  }

  Muc(MucSettings settings) {
    this(settings, new InMemoryRoomStore(), RealJidView.identity());
  }

  Muc(MucSettings settings, RoomStore store, RealJidView view) {
    this.settings = settings;
    this.store = store;
    this.service =
        new MucService(DomainJid.of(SERVICE), settings, router, store, Runnable::run, view, clock);
  }

  /** Hands one stanza to the service and returns what it routed. */
  List<Element> send(String xml) {
    router.take();
    service.accept(Stanza.parse(xml(xml)));
    return router.take().stream().map(Stanza::element).toList();
  }

  /** Joins {@link #ROOM} with a muc x (and the given extra children of that x). */
  List<Element> join(String real, String nick, String mucChildren) {
    return send(
        "<presence from='"
            + real
            + "' to='"
            + ROOM
            + "/"
            + nick
            + "'><x xmlns='"
            + MUC
            + "'>"
            + mucChildren
            + "</x></presence>");
  }

  List<Element> join(String real, String nick) {
    return join(real, nick, "");
  }

  /** Romeo creates an instant room and is its owner. */
  void instantRoom() {
    join(ROMEO, "Romeo");
    assertThat(submitConfig(ROMEO, "")).hasSize(1);
  }

  List<Element> submitConfig(String owner, String fields) {
    return send(
        "<iq from='"
            + owner
            + "' to='"
            + ROOM
            + "' type='set' id='cfg'><query xmlns='"
            + MUC
            + "#owner'><x xmlns='jabber:x:data' type='submit'>"
            + fields
            + "</x></query></iq>");
  }

  static String field(String var, String... values) {
    StringBuilder field = new StringBuilder("<field var='" + var + "'>");
    for (String value : values) {
      field.append("<value>").append(value).append("</value>");
    }
    return field.append("</field>").toString();
  }

  List<Element> groupchat(String from, String body) {
    return send(
        "<message from='"
            + from
            + "' to='"
            + ROOM
            + "' type='groupchat' id='m1'><body>"
            + body
            + "</body></message>");
  }

  List<Element> admin(String from, String type, String items) {
    return send(
        "<iq from='"
            + from
            + "' to='"
            + ROOM
            + "' type='"
            + type
            + "' id='a1'><query xmlns='"
            + MUC
            + "#admin'>"
            + items
            + "</query></iq>");
  }

  /** Parses XML, dropping whitespace between elements so expectations can be indented. */
  static Element xml(String xml) {
    return trimmed(XmlParsing.parseElement(xml));
  }

  private static Element trimmed(Element element) {
    if (element.elements().isEmpty()) {
      return element;
    }
    List<Node> children = new ArrayList<>();
    for (Node child : element.children()) {
      if (child instanceof Element e) {
        children.add(trimmed(e));
      } else if (child instanceof Text t && !t.value().isBlank()) {
        children.add(t);
      }
    }
    return element.withChildren(children);
  }

  /** The error condition of an error stanza, e.g. {@code "cancel/conflict"}. */
  static String error(Element stanza) {
    assertThat(stanza.attribute("type")).contains("error");
    Optional<StanzaError> error = StanzaError.from(stanza);
    assertThat(error).isPresent();
    return error.get().type().xmlValue() + "/" + error.get().condition().elementName();
  }

  /** The status codes of the muc#user x of a stanza, in order. */
  static List<Integer> codes(Element stanza) {
    return stanza.child("x", USER).map(Element::elements).orElse(List.of()).stream()
        .filter(e -> e.name().equals("status"))
        .map(e -> Integer.parseInt(e.attribute("code").orElseThrow()))
        .toList();
  }

  /** The muc#user item of a presence. */
  static Element item(Element presence) {
    return presence.child("x", USER).flatMap(x -> x.child("item", USER)).orElseThrow();
  }
}
