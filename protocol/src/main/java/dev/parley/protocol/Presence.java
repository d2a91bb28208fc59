package dev.parley.protocol;

import java.util.Optional;

/** A presence stanza (RFC 6121 §4). */
public record Presence(
    Element element, Optional<Jid> from, Optional<Jid> to, Optional<String> id, PresenceType type)
    implements Stanza {

  public static final String NAME = "presence";

  /** A presence of the given type with no payload. */
  public static Presence of(PresenceType type, Optional<Jid> from, Optional<Jid> to) {
    Element.Builder builder = Element.builder(NAME, Namespaces.CLIENT);
    from.ifPresent(f -> builder.attribute("from", f.toString()));
    to.ifPresent(t -> builder.attribute("to", t.toString()));
    if (type != PresenceType.AVAILABLE) {
      builder.attribute("type", type.xmlValue());
    }
    return new Presence(builder.build(), from, to, Optional.empty(), type);
  }

  /** The priority (RFC 6121 §4.7.2.3), 0 when absent or invalid. */
  public int priority() {
    try {
      return element
          .childText("priority", Namespaces.CLIENT)
          .map(String::trim)
          .map(Integer::parseInt)
          .filter(p -> p >= -128 && p <= 127)
          .orElse(0);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public Presence withAddresses(Optional<Jid> newFrom, Optional<Jid> newTo) {
    return new Presence(StanzaParser.addressed(element, newFrom, newTo), newFrom, newTo, id, type);
  }

  @Override
  public boolean isError() {
    return type == PresenceType.ERROR;
  }
}
