package dev.parley.store;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import java.util.Collection;
import java.util.Set;

/** Blocked JIDs per user (XEP-0191). */
public interface BlockListStore {

  Set<Jid> blocked(BareJid owner);

  void block(BareJid owner, Collection<Jid> jids);

  void unblock(BareJid owner, Collection<Jid> jids);

  void unblockAll(BareJid owner);
}
