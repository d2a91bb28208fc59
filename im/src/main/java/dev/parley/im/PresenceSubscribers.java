package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import dev.parley.server.SessionAttribute;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The contacts subscribed to a user's presence (RFC 6121 §4.2.2, §4.4.2: subscription {@code from}
 * or {@code both}), kept in memory on each of the user's sessions so that a presence update does
 * not read the roster from the database. The roster store showed as a fifth of the server's CPU in
 * the presence load profile (docs/PERFORMANCE.md).
 *
 * <p>Every roster change made by this module goes through {@link RosterPushes}, which calls {@link
 * #changed} after writing, so a cached list is never used after the change it missed. A list read
 * while a change is being written is not kept: each session's {@link Slot} carries a generation
 * that a change advances, and a list is stored only under the generation it was read in.
 */
final class PresenceSubscribers {
  private static final SessionAttribute<Slot> SLOT =
      new SessionAttribute<>("presence-subscribers", Slot.class);

  private final RosterStore rosters;
  private final RouteDirectory sessions;

  PresenceSubscribers(RosterStore rosters, RouteDirectory sessions) {
    this.rosters = rosters;
    this.sessions = sessions;
  }

  /**
   * The contacts {@code sender}'s account broadcasts to. Called from the session's own (serialised)
   * stanza handling, which is what creates its slot.
   */
  List<Jid> of(ClientSession sender) {
    Optional<List<Jid>> known = slot(sender).current.get().subscribers();
    return known.isPresent() ? known.get() : subscribers(roster(sender));
  }

  /** {@code sender}'s roster, read from the store; its subscribers are kept for {@link #of}. */
  List<RosterItem> roster(ClientSession sender) {
    Slot slot = slot(sender);
    Cached before = slot.current.get();
    List<RosterItem> roster = rosters.items(sender.jid().account());
    // Kept only if no change was announced since 'before' (the read may predate it).
    slot.current.compareAndSet(
        before, new Cached(before.generation(), Optional.of(subscribers(roster))));
    return roster;
  }

  private static Slot slot(ClientSession session) {
    Optional<Slot> slot = session.attribute(SLOT);
    if (slot.isPresent()) {
      return slot.get();
    }
    Slot created = new Slot();
    session.attribute(SLOT, Optional.of(created));
    return created;
  }

  /** {@code owner}'s roster has just been written: forget what its sessions remember. */
  void changed(BareJid owner) {
    for (ClientSession session : sessions.sessions(owner)) {
      session.attribute(SLOT).ifPresent(Slot::invalidate);
    }
  }

  static List<Jid> subscribers(List<RosterItem> roster) {
    List<Jid> subscribers = new ArrayList<>();
    for (RosterItem item : roster) {
      if (item.subscription().hasFrom()) {
        subscribers.add(item.contact());
      }
    }
    return List.copyOf(subscribers);
  }

  /** One session's cache, advanced to a new generation by every roster change. */
  static final class Slot {
    private final AtomicReference<Cached> current =
        new AtomicReference<>(new Cached(0, Optional.empty()));

    void invalidate() {
      current.updateAndGet(c -> new Cached(c.generation() + 1, Optional.empty()));
    }
  }

  /** A slot's state: the list is empty while unknown (never read, or a change came since). */
  private record Cached(long generation, Optional<List<Jid>> subscribers) {}
}
