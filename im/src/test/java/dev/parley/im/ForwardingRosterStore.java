package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.List;
import java.util.Optional;

/** A roster store that hands every call to another; tests override the calls they observe. */
abstract class ForwardingRosterStore implements RosterStore {
  private final RosterStore store;

  ForwardingRosterStore(RosterStore store) {
    this.store = store;
  }

  @Override
  public List<RosterItem> items(BareJid owner) {
    return store.items(owner);
  }

  @Override
  public Optional<RosterItem> item(BareJid owner, Jid contact) {
    return store.item(owner, contact);
  }

  @Override
  public long put(RosterItem item) {
    return store.put(item);
  }

  @Override
  public long remove(BareJid owner, Jid contact) {
    return store.remove(owner, contact);
  }

  @Override
  public long version(BareJid owner) {
    return store.version(owner);
  }

  @Override
  public void addPending(PendingSubscription pending) {
    store.addPending(pending);
  }

  @Override
  public void removePending(BareJid owner, Jid contact) {
    store.removePending(owner, contact);
  }

  @Override
  public List<PendingSubscription> pending(BareJid owner) {
    return store.pending(owner);
  }

  @Override
  public List<RosterItem> itemsWithContact(Jid contact) {
    return store.itemsWithContact(contact);
  }
}
