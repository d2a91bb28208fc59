package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaFormatException;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The (remote domain, local domain) pairs a server stream carries stanzas for, and the check every
 * received stanza passes: its {@code from} domain authenticated on the stream and its {@code to} a
 * local domain authorized for that sender (RFC 6120 §4.7.1, §13.8). Used for inbound streams and
 * for the reverse direction of a bidirectional outbound stream (XEP-0288).
 */
final class StreamAuthorizations {

  /** What {@link #check} decides about a received element. */
  sealed interface Checked {}

  /** Deliver it. */
  record Accepted(Stanza stanza) implements Checked {}

  /** End the stream with this error. */
  record Refused(StreamError error) implements Checked {}

  private final Map<String, Set<String>> authorized = new ConcurrentHashMap<>();

  /**
   * Remote domains authenticated by SASL EXTERNAL: they may address every local domain, including
   * chat node aliases added after the stream came up (the certificate proved the remote domain; no
   * per-pair proof is needed, RFC 6120 §6.4.6).
   */
  private final Set<String> forAll = ConcurrentHashMap.newKeySet();

  void authorize(String remote, List<String> locals) {
    authorized.computeIfAbsent(remote, r -> ConcurrentHashMap.newKeySet()).addAll(locals);
  }

  void authorizeForAll(String remote, List<String> currentLocals) {
    forAll.add(remote);
    authorize(remote, currentLocals);
  }

  /** The remote domains authenticated on this stream. */
  java.util.Set<String> remotes() {
    return java.util.Set.copyOf(authorized.keySet());
  }

  boolean isEmpty() {
    return authorized.isEmpty();
  }

  /** Parses and checks a stanza received on the stream. */
  Checked check(Element element, LocalDomains domains) {
    Stanza stanza;
    try {
      stanza = Stanza.parse(element);
    } catch (StanzaFormatException e) {
      return refused(StreamErrorCondition.IMPROPER_ADDRESSING, e.getMessage());
    }
    Optional<Jid> from = stanza.from();
    Optional<Jid> to = stanza.to();
    if (from.isEmpty() || to.isEmpty()) {
      return refused(
          StreamErrorCondition.IMPROPER_ADDRESSING, "stanzas between servers need 'from' and 'to'");
    }
    if (authorized.isEmpty()) {
      return refused(StreamErrorCondition.NOT_AUTHORIZED, "authenticate first");
    }
    String fromDomain = from.get().domain();
    Set<String> locals = authorized.get(fromDomain);
    if (locals == null) {
      return refused(
          StreamErrorCondition.INVALID_FROM, fromDomain + " is not authenticated on this stream");
    }
    String toDomain = to.get().domain();
    boolean toServed = domains.contains(toDomain);
    if (!locals.contains(toDomain) && !(toServed && forAll.contains(fromDomain))) {
      return refused(
          toServed ? StreamErrorCondition.IMPROPER_ADDRESSING : StreamErrorCondition.HOST_UNKNOWN,
          toDomain + " was not authorized on this stream");
    }
    return new Accepted(stanza);
  }

  private static Checked refused(StreamErrorCondition condition, String text) {
    return new Refused(StreamError.of(condition, text));
  }
}
