package dev.parley.server;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import java.util.List;

/** An interceptor's decision about one stanza. */
public sealed interface Verdict {

  /** Carry on, and also route these stanzas (for example carbon copies). */
  record Continue(List<Stanza> also) implements Verdict {
    public Continue {
      also = List.copyOf(also);
    }
  }

  /** Stop, and answer the sender with this error (unless the stanza is itself an error). */
  record Reject(StanzaError error) implements Verdict {}

  /** Stop without an answer, where a specification demands silence; the reason is logged. */
  record Drop(String reason) implements Verdict {}

  Verdict CONTINUE = new Continue(List.of());
}
