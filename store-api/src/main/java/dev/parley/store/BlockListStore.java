package dev.parley.store;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Blocked JIDs per user (XEP-0191). */
public interface BlockListStore {

  Set<Jid> blocked(BareJid owner);

  /**
   * {@code owner}'s list if this store holds it in memory, so that reading it cannot block; empty
   * when it would have to be read from storage.
   */
  default Optional<Set<Jid>> blockedInMemory(BareJid owner) {
    return Optional.empty();
  }

  void block(BareJid owner, Collection<Jid> jids);

  void unblock(BareJid owner, Collection<Jid> jids);

  void unblockAll(BareJid owner);
}
