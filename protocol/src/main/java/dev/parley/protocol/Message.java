package dev.parley.protocol;

import java.util.Optional;

/** A message stanza (RFC 6121 §5). */
public record Message(
    Element element, Optional<Jid> from, Optional<Jid> to, Optional<String> id, MessageType type)
    implements Stanza {

  public static final String NAME = "message";

  /** A new chat message with a body. */
  public static Message chat(Jid from, Jid to, String body) {
    Element element =
        Element.builder(NAME, Namespaces.CLIENT)
            .attribute("from", from.toString())
            .attribute("to", to.toString())
            .attribute("type", MessageType.CHAT.xmlValue())
            .textChild("body", Namespaces.CLIENT, body)
            .build();
    return (Message) StanzaParser.parse(element);
  }

  public Optional<String> body() {
    return element.childText("body", Namespaces.CLIENT);
  }

  @Override
  public Message withAddresses(Optional<Jid> newFrom, Optional<Jid> newTo) {
    return new Message(StanzaParser.addressed(element, newFrom, newTo), newFrom, newTo, id, type);
  }

  @Override
  public boolean isError() {
    return type == MessageType.ERROR;
  }
}
