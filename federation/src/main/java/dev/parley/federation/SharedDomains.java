package dev.parley.federation;

import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Further local domains authorized on one outbound stream by another {@code <db:result/>} (XEP-0220
 * §2.4, "multiplexing"; also called piggybacking): a chat node alias or a second hosted domain
 * reuses the connection its sibling already opened to the same remote domain, instead of opening
 * one of its own. Used only on the stream's event loop.
 */
final class SharedDomains {
  private static final Logger LOG = LoggerFactory.getLogger(SharedDomains.class);

  /** A request waiting for the peer's answer. */
  private record Pending(OutboundAttempt attempt, Runnable refused) {}

  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final Map<String, OutboundAttempt> authorized = new LinkedHashMap<>();
  private final java.util.function.Consumer<String> onShared;
  private final java.util.function.BiConsumer<String, String> sendResult;

  /**
   * @param onShared told each local domain the peer accepted on the stream
   * @param sendResult sends {@code <db:result/>} for a local domain with its key
   */
  SharedDomains(
      java.util.function.Consumer<String> onShared,
      java.util.function.BiConsumer<String, String> sendResult) {
    this.onShared = onShared;
    this.sendResult = sendResult;
  }

  /**
   * Asks for {@code local} on the stream, unless the stream cannot be shared or the domain is
   * already asked for; then {@code refused} runs at once.
   */
  void request(
      boolean shareable, String local, OutboundAttempt attempt, Runnable refused, String key) {
    if (!shareable || known(local)) {
      refused.run();
      return;
    }
    requested(local, attempt, refused);
    sendResult.accept(local, key);
  }

  /** Whether a request for {@code local} is already on its way or granted. */
  boolean known(String local) {
    return pending.containsKey(local) || authorized.containsKey(local);
  }

  void requested(String local, OutboundAttempt attempt, Runnable refused) {
    LOG.info("federation: asking the peer to accept {} on an existing stream too", local);
    pending.put(local, new Pending(attempt, refused));
  }

  /**
   * The peer answered for {@code local}: on valid the attempt is told the stream is its own; on
   * anything else it is told to open its own connection. False when nothing was pending for it.
   */
  boolean answered(String local, DialbackVerdict verdict, ServerLink stream) {
    Pending request = pending.remove(local);
    if (request == null) {
      LOG.warn("federation: answer for {} to a dialback request never made; ignored", local);
      return false;
    }
    LOG.info(
        "federation: {} on the stream of {} is {}{}",
        local,
        stream.local(),
        verdict.typeAttribute(),
        verdict instanceof DialbackVerdict.Valid ? "" : "; it gets a connection of its own");
    if (verdict instanceof DialbackVerdict.Valid) {
      authorized.put(local, request.attempt());
      onShared.accept(local);
      request.attempt().established(stream);
    } else {
      request.refused().run();
    }
    return true;
  }

  /**
   * The stream ended: pending requests fall back to their own connections, and each authorized
   * domain gets back the unacknowledged stanzas it sent (by {@code from} domain, oldest first).
   * Returns the unacknowledged stanzas of the stream's own local domain.
   */
  List<Stanza> closed(ServerLink stream, List<Stanza> unacknowledged) {
    List<Pending> waiting = List.copyOf(pending.values());
    pending.clear();
    waiting.forEach(request -> request.refused().run());
    List<Stanza> own = new ArrayList<>();
    Map<String, List<Stanza>> byDomain = new LinkedHashMap<>();
    for (Stanza stanza : unacknowledged) {
      String from = stanza.from().map(Jid::domain).orElse("");
      if (authorized.containsKey(from)) {
        byDomain.computeIfAbsent(from, f -> new ArrayList<>()).add(stanza);
      } else {
        own.add(stanza);
      }
    }
    authorized.forEach(
        (local, attempt) -> attempt.closed(stream, byDomain.getOrDefault(local, List.of())));
    authorized.clear();
    return own;
  }
}
