package dev.parley.im;

import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.XmlParsing;
import java.util.Optional;

/** Builds stanzas from XML text and reads error conditions back, for readable tests. */
final class Stanzas {
  private Stanzas() {}

  /** Parses one stanza; single quotes are fine, the default namespace is jabber:client. */
  static Stanza parse(String xml) {
    String withNamespace = xml.replaceFirst("^<(\\w+)", "<$1 xmlns='jabber:client'");
    return Stanza.parse(XmlParsing.parseElement(withNamespace));
  }

  static Presence presence(FullJid from, int priority) {
    Element element =
        Element.builder("presence", Namespaces.CLIENT)
            .attribute("from", from.toString())
            .textChild("priority", Namespaces.CLIENT, Integer.toString(priority))
            .build();
    return (Presence) Stanza.parse(element);
  }

  /** The condition of an error stanza, empty when it is not one. */
  static Optional<StanzaErrorCondition> condition(Stanza stanza) {
    return stanza.isError()
        ? StanzaError.from(stanza.element()).map(StanzaError::condition)
        : Optional.empty();
  }
}
