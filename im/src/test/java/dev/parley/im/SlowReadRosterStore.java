package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A roster store whose single-item reads take a millisecond, as a database round trip would, so
 * that two read-modify-write changes of the same item overlap reliably in a test.
 */
final class SlowReadRosterStore extends ForwardingRosterStore {
  SlowReadRosterStore(RosterStore store) {
    super(store);
  }

  @Override
  public Optional<RosterItem> item(BareJid owner, Jid contact) {
    Optional<RosterItem> item = super.item(owner, contact);
    LockSupport.parkNanos(1_000_000);
    return item;
  }
}
