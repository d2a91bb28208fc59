package dev.parley.muc;

import dev.parley.protocol.Stanza;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stanzas one room has produced and not yet routed, in the order the room produced them.
 * Batches are appended under the room's lock and routed after it is released, by one thread at a
 * time: a thread that finds another one routing leaves its batch to it. So every occupant sees the
 * room's stanzas in the same order, and routing (which may re-enter the service for another room)
 * never happens while a room lock is held, so two rooms cannot deadlock on each other.
 */
final class OrderedOutbound {
  private static final Logger LOG = LoggerFactory.getLogger(OrderedOutbound.class);
  private final Deque<Stanza> pending = new ArrayDeque<>();
  private boolean draining;

  synchronized void append(List<Stanza> batch) {
    pending.addAll(batch);
  }

  /** Routes everything pending unless another thread is already doing it. */
  void drain(Consumer<Stanza> route) {
    synchronized (this) {
      if (draining) {
        return;
      }
      draining = true;
    }
    while (true) {
      Stanza[] batch;
      // Whole batches are taken at once: a fan-out is hundreds of stanzas, and taking the lock
      // for each of them contended with the senders appending theirs.
      synchronized (this) {
        if (pending.isEmpty()) {
          draining = false;
          return;
        }
        batch = pending.toArray(new Stanza[0]);
        pending.clear();
      }
      for (Stanza next : batch) {
        try {
          route.accept(next);
        } catch (RuntimeException e) {
          // One failed delivery must not hold back the room's other stanzas.
          LOG.error("Could not route {} to {}", next.element().name(), next.to(), e);
        }
      }
    }
  }
}
