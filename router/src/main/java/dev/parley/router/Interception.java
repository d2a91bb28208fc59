package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Runs the interceptors of the registry in order and folds their verdicts into one. */
final class Interception {
  private final FeatureRegistry registry;

  Interception(FeatureRegistry registry) {
    this.registry = registry;
  }

  Verdict outgoing(Stanza stanza, ClientSession sender) {
    return fold((interceptor, s) -> interceptor.outgoing(s, sender), stanza);
  }

  Verdict incoming(Stanza stanza, BareJid recipient) {
    return fold((interceptor, s) -> interceptor.incoming(s, recipient), stanza);
  }

  /**
   * Whether every interceptor lets {@code stanza} from {@code sender} pass and adds nothing,
   * telling without blocking; false when one rejects, drops or adds, or would have to block to
   * decide.
   */
  boolean outgoingPassesNow(Stanza stanza, ClientSession sender) {
    for (StanzaInterceptor interceptor : registry.interceptors()) {
      if (!passes(interceptor.outgoingNow(stanza, sender))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #outgoingPassesNow}, before delivery to {@code recipient}. */
  boolean incomingPassesNow(Stanza stanza, BareJid recipient) {
    for (StanzaInterceptor interceptor : registry.interceptors()) {
      if (!passes(interceptor.incomingNow(stanza, recipient))) {
        return false;
      }
    }
    return true;
  }

  private static boolean passes(Optional<Verdict> verdict) {
    return verdict.isPresent()
        && verdict.get() instanceof Verdict.Continue go
        && go.also().isEmpty();
  }

  private Verdict fold(BiFunction<StanzaInterceptor, Stanza, Verdict> call, Stanza stanza) {
    // Created only when an interceptor adds stanzas: this runs for every delivered copy.
    List<Stanza> also = List.of();
    for (StanzaInterceptor interceptor : registry.interceptors()) {
      Verdict verdict = call.apply(interceptor, stanza);
      switch (verdict) {
        case Verdict.Continue c -> {
          if (!c.also().isEmpty()) {
            also = also.isEmpty() ? new ArrayList<>() : also;
            also.addAll(c.also());
          }
        }
        case Verdict.Reject r -> {
          return r;
        }
        case Verdict.Drop d -> {
          return d;
        }
      }
    }
    return also.isEmpty() ? Verdict.CONTINUE : new Verdict.Continue(also);
  }
}
