package dev.parley.ext.adhoc;

import dev.parley.protocol.Jid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open command sessions by {@code sessionid} (XEP-0050 §3.4). A session belongs to the full JID
 * that started it and expires after a timeout; the number of open sessions is bounded so that a
 * client cannot fill memory by executing without submitting.
 */
final class CommandSessions {
  static final int MAX_OPEN = 10_000;

  /** An open session. */
  record Session(String node, Jid requester, Instant expires) {}

  /** The outcome of looking a session up. */
  enum Lookup {
    FOUND,
    UNKNOWN,
    EXPIRED
  }

  private final Map<String, Session> open = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration timeout;

  CommandSessions(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeout = timeout;
  }

  /** Opens a session, or returns empty when too many are open. */
  Optional<String> start(String node, Jid requester) {
    Instant now = clock.instant();
    if (open.size() >= MAX_OPEN) {
      open.values().removeIf(s -> s.expires().isBefore(now));
      if (open.size() >= MAX_OPEN) {
        return Optional.empty();
      }
    }
    String id = UUID.randomUUID().toString();
    open.put(id, new Session(node, requester, now.plus(timeout)));
    return Optional.of(id);
  }

  /** Finds the session {@code id} of {@code node} started by {@code requester}. */
  Lookup find(String id, String node, Jid requester) {
    Session session = open.get(id);
    if (session == null || !session.node().equals(node) || !session.requester().equals(requester)) {
      return Lookup.UNKNOWN;
    }
    if (session.expires().isBefore(clock.instant())) {
      open.remove(id);
      return Lookup.EXPIRED;
    }
    return Lookup.FOUND;
  }

  void end(String id) {
    open.remove(id);
  }

  int size() {
    return open.size();
  }
}
