package dev.parley.store;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import java.util.List;
import java.util.Optional;

/**
 * Rosters with versioning (RFC 6121 §2.6): every change increments the owner's version, which is
 * returned so that the caller can push it.
 */
public interface RosterStore {

  List<RosterItem> items(BareJid owner);

  Optional<RosterItem> item(BareJid owner, Jid contact);

  /** Inserts or replaces the item; returns the roster's new version. */
  long put(RosterItem item);

  /** Removes the item if present; returns the roster's (possibly unchanged) version. */
  long remove(BareJid owner, Jid contact);

  /** The roster's current version, 0 for an empty roster that never changed. */
  long version(BareJid owner);

  void addPending(PendingSubscription pending);

  void removePending(BareJid owner, Jid contact);

  List<PendingSubscription> pending(BareJid owner);

  /** Every roster item, across owners, whose contact is {@code contact}. */
  List<RosterItem> itemsWithContact(Jid contact);
}
