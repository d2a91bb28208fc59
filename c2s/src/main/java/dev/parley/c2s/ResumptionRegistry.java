package dev.parley.c2s;

import dev.parley.protocol.BareJid;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/** Sessions waiting for XEP-0198 resumption, by stream management id. */
final class ResumptionRegistry {
  private record Waiting(LocalClientSession session, ScheduledFuture<?> expiry) {}

  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

  void park(String id, LocalClientSession session, ScheduledFuture<?> expiry) {
    waiting.put(id, new Waiting(session, expiry));
  }

  /** Takes the session for resumption if it belongs to {@code account}; stops its expiry. */
  Optional<LocalClientSession> claim(String id, BareJid account) {
    Waiting found = waiting.get(id);
    if (found == null || !found.session().jid().account().equals(account)) {
      return Optional.empty();
    }
    if (!waiting.remove(id, found)) {
      return Optional.empty();
    }
    found.expiry().cancel(false);
    return Optional.of(found.session());
  }

  /** Removes the entry when its time is up; false when it was resumed meanwhile. */
  boolean expire(String id, LocalClientSession session) {
    Waiting found = waiting.get(id);
    return found != null && found.session() == session && waiting.remove(id, found);
  }

  /** Removes every waiting session, for shutdown. */
  Iterable<LocalClientSession> drain() {
    java.util.List<LocalClientSession> all = new java.util.ArrayList<>();
    for (String id : waiting.keySet()) {
      Waiting removed = waiting.remove(id);
      if (removed != null) {
        removed.expiry().cancel(false);
        all.add(removed.session());
      }
    }
    return all;
  }
}
