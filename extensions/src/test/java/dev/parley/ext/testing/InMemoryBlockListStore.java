package dev.parley.ext.testing;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.BlockListStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Block lists in a map. */
public final class InMemoryBlockListStore implements BlockListStore {
  private final Map<BareJid, Set<Jid>> lists = new HashMap<>();

  @Override
  public Set<Jid> blocked(BareJid owner) {
    return Set.copyOf(lists.getOrDefault(owner, Set.of()));
  }

  @Override
  public void block(BareJid owner, Collection<Jid> jids) {
    lists.computeIfAbsent(owner, o -> new LinkedHashSet<>()).addAll(jids);
  }

  @Override
  public void unblock(BareJid owner, Collection<Jid> jids) {
    lists.getOrDefault(owner, new LinkedHashSet<>()).removeAll(jids);
  }

  @Override
  public void unblockAll(BareJid owner) {
    lists.remove(owner);
  }
}
