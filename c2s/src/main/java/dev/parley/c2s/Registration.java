package dev.parley.c2s;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaFormatException;
import dev.parley.protocol.StanzaParser;
import dev.parley.server.InBandRegistration;
import dev.parley.server.Outcome;
import java.util.List;

/** In-band registration before authentication (XEP-0077 §3.1), when an operator opened it. */
final class Registration {
  private final ClientConnection connection;

  Registration(ClientConnection connection) {
    this.connection = connection;
  }

  /** Handles a jabber:iq:register IQ off the event loop; input waits meanwhile. */
  void register(Element element) {
    InBandRegistration registration = connection.context.registration().orElseThrow();
    connection.offload(() -> answer(registration, element), this::send);
  }

  private List<Element> answer(InBandRegistration registration, Element element) {
    Stanza stanza;
    try {
      stanza = Stanza.parse(element);
    } catch (StanzaFormatException e) {
      return List.of(
          Element.builder("iq", element.namespace())
              .attribute("type", "error")
              .attribute("id", element.attribute("id").orElse(""))
              .child(e.error().toElement())
              .build());
    }
    Iq iq = (Iq) stanza;
    return switch (registration.registerNewAccount(iq, connection.domain)) {
      case Outcome.Send send -> send.stanzas().stream().map(Stanza::element).toList();
      case Outcome.Fail fail -> List.of(StanzaParser.errorReply(iq, fail.error()).element());
    };
  }

  private void send(List<Element> replies) {
    for (Element reply : replies) {
      connection.send(reply);
    }
  }
}
