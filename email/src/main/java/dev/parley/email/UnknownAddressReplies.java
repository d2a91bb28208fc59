package dev.parley.email;

import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;
import java.util.List;

/**
 * What a peer gets back for an address in an email domain that stands for no user (or for the email
 * domain itself, which hosts no service): the RFC 6121 §8.5.1 answers for an account that does not
 * exist. Without this the router would take the email domain for a remote one and send the stanza
 * back out over federation to this very server.
 */
final class UnknownAddressReplies {

  private UnknownAddressReplies() {}

  /** The stanzas to route in reply; empty where §8.5.1 says to ignore. */
  static List<Stanza> replies(Stanza stanza) {
    return switch (stanza) {
      case Message m when !m.isError() -> List.of(serviceUnavailable(m));
      case Iq iq when iq.type() == IqType.GET || iq.type() == IqType.SET ->
          List.of(serviceUnavailable(iq));
      case Presence p
          when (p.type() == PresenceType.SUBSCRIBE || p.type() == PresenceType.PROBE)
              && p.to().flatMap(Jid::local).isPresent() ->
          // §3.1.3 and §4.3.2: "unsubscribed" from the bare address, for both.
          List.of(
              Presence.of(
                  PresenceType.UNSUBSCRIBED, p.to().map(Jid::bare), p.from().map(Jid::bare)));
      default -> List.of();
    };
  }

  private static Stanza serviceUnavailable(Stanza stanza) {
    return StanzaParser.errorReply(
        stanza,
        StanzaError.of(
            StanzaErrorCondition.SERVICE_UNAVAILABLE,
            stanza.to().map(t -> t + " is not an address of this server").orElse("")));
  }
}
