package dev.parley.muc;

import dev.parley.protocol.BareJid;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes persistent rooms to the {@link RoomStore} on the given executor, never on the caller's
 * thread (which may be a network event loop). Writes of one room run one at a time and in order, so
 * a later snapshot never loses to an earlier one; different rooms write in parallel.
 */
final class RoomPersistence {
  private static final Logger LOG = LoggerFactory.getLogger(RoomPersistence.class);
  private final RoomStore store;
  private final Executor executor;
  private final Map<BareJid, Serial> queues = new ConcurrentHashMap<>();

  RoomPersistence(RoomStore store, Executor executor) {
    this.store = store;
    this.executor = executor;
  }

  void save(StoredRoom room) {
    queue(room.jid()).submit(() -> store.save(room), room.jid());
  }

  void delete(BareJid room) {
    queue(room).submit(() -> store.delete(room), room);
  }

  private Serial queue(BareJid room) {
    return queues.computeIfAbsent(room, r -> new Serial());
  }

  /** The pending writes of one room. */
  private final class Serial {
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    synchronized void submit(Runnable write, BareJid room) {
      tasks.addLast(
          () -> {
            try {
              write.run();
            } catch (RuntimeException e) {
              // The room lives on in memory; the next change writes it again.
              LOG.error("Could not write chat room {} to its store", room, e);
            }
          });
      if (!running) {
        running = true;
        executor.execute(this::drain);
      }
    }

    private void drain() {
      while (true) {
        Runnable next;
        synchronized (this) {
          next = tasks.pollFirst();
          if (next == null) {
            running = false;
            return;
          }
        }
        next.run();
      }
    }
  }
}
