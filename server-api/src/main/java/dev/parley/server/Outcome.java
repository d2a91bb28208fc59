package dev.parley.server;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.List;

/** What a handler decided; the caller routes it (handlers never send). */
public sealed interface Outcome {

  /** Route these stanzas (a reply, pushes, notifications), in order. */
  record Send(List<Stanza> stanzas) implements Outcome {
    public Send {
      stanzas = List.copyOf(stanzas);
    }
  }

  /** Answer the request with this error. */
  record Fail(StanzaError error) implements Outcome {}

  static Outcome reply(Stanza stanza) {
    return new Send(List.of(stanza));
  }

  static Outcome send(List<? extends Stanza> stanzas) {
    return new Send(List.copyOf(stanzas));
  }

  static Outcome done() {
    return new Send(List.of());
  }

  static Outcome fail(StanzaErrorCondition condition) {
    return new Fail(StanzaError.of(condition));
  }

  static Outcome fail(StanzaErrorCondition condition, String text) {
    return new Fail(StanzaError.of(condition, text));
  }
}
