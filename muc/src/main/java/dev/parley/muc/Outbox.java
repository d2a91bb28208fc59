package dev.parley.muc;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The stanzas one request produces, in order; the service routes them once the request is done
 * (handlers return outcomes, they do not send).
 */
final class Outbox {
  private final List<Stanza> stanzas = new ArrayList<>();

  void send(Stanza stanza) {
    stanzas.add(stanza);
  }

  /** The error reply to {@code original}; nothing when it is itself an error (RFC 6120 §8.3.1). */
  void error(Stanza original, StanzaError error) {
    if (!original.isError()) {
      stanzas.add(StanzaParser.errorReply(original, error));
    }
  }

  void error(Stanza original, StanzaErrorCondition condition) {
    error(original, StanzaError.of(condition));
  }

  void error(Stanza original, StanzaErrorCondition condition, String text) {
    error(original, StanzaError.of(condition, text));
  }

  List<Stanza> stanzas() {
    return List.copyOf(stanzas);
  }
}
