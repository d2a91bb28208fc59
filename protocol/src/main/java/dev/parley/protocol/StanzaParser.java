package dev.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns top-level stream elements into typed stanzas and builds error replies. */
public final class StanzaParser {
  private StanzaParser() {}

  static boolean isStanzaName(String name) {
    return Message.NAME.equals(name) || Presence.NAME.equals(name) || Iq.NAME.equals(name);
  }

  /**
   * Parses a stanza. Server-stream elements are moved into {@code jabber:client}. Throws {@link
   * StanzaFormatException} with {@code jid-malformed} or {@code bad-request} when the header is
   * invalid.
   */
  static Stanza parse(Element raw) {
    Element element = inClientNamespace(raw);
    Optional<Jid> from = address(element, "from");
    Optional<Jid> to = address(element, "to");
    Optional<String> id = element.attribute("id");
    Optional<String> type = element.attribute("type");
    return switch (element.name()) {
      case Message.NAME -> new Message(element, from, to, id, MessageType.from(type));
      case Presence.NAME ->
          new Presence(
              element,
              from,
              to,
              id,
              PresenceType.from(type).orElseThrow(() -> badRequest("unknown presence type")));
      case Iq.NAME -> parseIq(element, from, to, id, type);
      default -> throw new IllegalArgumentException("not a stanza: " + element.name());
    };
  }

  private static Iq parseIq(
      Element element,
      Optional<Jid> from,
      Optional<Jid> to,
      Optional<String> id,
      Optional<String> typeValue) {
    // RFC 6120 §8.2.3: an IQ must have an id and a type; a get/set exactly one child.
    String iqId = id.orElseThrow(() -> badRequest("IQ without id"));
    IqType type = IqType.from(typeValue).orElseThrow(() -> badRequest("IQ without a valid type"));
    if (type.isRequest() && element.elements().size() != 1) {
      throw badRequest("an IQ " + type.xmlValue() + " must have exactly one child element");
    }
    return new Iq(element, from, to, iqId, type);
  }

  private static StanzaFormatException badRequest(String text) {
    return new StanzaFormatException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, text));
  }

  private static Optional<Jid> address(Element element, String attribute) {
    Optional<String> value = element.attribute(attribute);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Jid.parse(value.get()));
    } catch (JidFormatException e) {
      throw new StanzaFormatException(
          StanzaError.of(StanzaErrorCondition.JID_MALFORMED, "invalid '" + attribute + "'"));
    }
  }

  /** Moves a {@code jabber:server} element and its same-namespace descendants to the client ns. */
  private static Element inClientNamespace(Element element) {
    if (!Namespaces.SERVER.equals(element.namespace())) {
      return element;
    }
    List<Node> children = new ArrayList<>(element.children().size());
    for (Node child : element.children()) {
      children.add(child instanceof Element e ? inClientNamespace(e) : child);
    }
    return new Element(element.name(), Namespaces.CLIENT, element.attributes(), children);
  }

  static Element addressed(Element element, Optional<Jid> from, Optional<Jid> to) {
    return element
        .withAttribute("from", from.map(Jid::toString))
        .withAttribute("to", to.map(Jid::toString));
  }

  /**
   * The error reply to a stanza (RFC 6120 §8.3.1): addresses swapped, type error, the original
   * payload kept, the error appended. {@code from} is the original recipient when known.
   */
  public static Stanza errorReply(Stanza original, StanzaError error) {
    Element source = original.element();
    Element.Builder reply = Element.builder(source.name(), Namespaces.CLIENT);
    original.id().ifPresent(id -> reply.attribute("id", id));
    reply.attribute("type", "error");
    original.to().ifPresent(t -> reply.attribute("from", t.toString()));
    original.from().ifPresent(f -> reply.attribute("to", f.toString()));
    for (Element child : source.elements()) {
      if (!child.is("error", Namespaces.CLIENT)) {
        reply.child(child);
      }
    }
    reply.child(error.toElement());
    return parse(reply.build());
  }
}
