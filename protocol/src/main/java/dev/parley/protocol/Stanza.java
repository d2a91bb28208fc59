package dev.parley.protocol;

import java.util.Optional;

/**
 * A message, presence or IQ stanza. The record keeps the parsed header (addresses, id, type) beside
 * the element that carries the whole XML; the {@code with*} methods keep both in step. Internally
 * every stanza is in the {@code jabber:client} namespace; the writer maps it onto the stream's
 * namespace.
 */
public sealed interface Stanza permits Message, Presence, Iq {

  Element element();

  Optional<Jid> from();

  Optional<Jid> to();

  Optional<String> id();

  /** A copy with new addresses; an empty value removes the attribute. */
  Stanza withAddresses(Optional<Jid> from, Optional<Jid> to);

  default Stanza withFrom(Jid from) {
    return withAddresses(Optional.of(from), to());
  }

  /** True for stanzas of type error, which must never be answered with another error. */
  boolean isError();

  /** Parses a top-level stream element into a stanza; see {@link StanzaParser}. */
  static Stanza parse(Element element) {
    return StanzaParser.parse(element);
  }

  static boolean isStanza(Element element) {
    return StanzaParser.isStanzaName(element.name())
        && (Namespaces.CLIENT.equals(element.namespace())
            || Namespaces.SERVER.equals(element.namespace()));
  }
}
