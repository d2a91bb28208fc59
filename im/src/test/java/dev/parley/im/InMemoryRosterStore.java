package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rosters in maps, with a version per owner that every change increments. */
final class InMemoryRosterStore implements RosterStore {
  private final Map<BareJid, Map<Jid, RosterItem>> items = new HashMap<>();
  private final Map<BareJid, Long> versions = new HashMap<>();
  private final Map<BareJid, Map<Jid, PendingSubscription>> pending = new HashMap<>();

  @Override
  public synchronized List<RosterItem> items(BareJid owner) {
    return List.copyOf(items.getOrDefault(owner, Map.of()).values());
  }

  @Override
  public synchronized Optional<RosterItem> item(BareJid owner, Jid contact) {
    return Optional.ofNullable(items.getOrDefault(owner, Map.of()).get(contact));
  }

  @Override
  public synchronized long put(RosterItem item) {
    items.computeIfAbsent(item.owner(), k -> new LinkedHashMap<>()).put(item.contact(), item);
    return versions.merge(item.owner(), 1L, Long::sum);
  }

  @Override
  public synchronized long remove(BareJid owner, Jid contact) {
    Map<Jid, RosterItem> roster = items.get(owner);
    if (roster != null && roster.remove(contact) != null) {
      return versions.merge(owner, 1L, Long::sum);
    }
    return version(owner);
  }

  @Override
  public synchronized long version(BareJid owner) {
    return versions.getOrDefault(owner, 0L);
  }

  @Override
  public synchronized void addPending(PendingSubscription request) {
    pending
        .computeIfAbsent(request.owner(), k -> new LinkedHashMap<>())
        .put(request.contact(), request);
  }

  @Override
  public synchronized void removePending(BareJid owner, Jid contact) {
    pending.getOrDefault(owner, new HashMap<>()).remove(contact);
  }

  @Override
  public synchronized List<PendingSubscription> pending(BareJid owner) {
    return List.copyOf(pending.getOrDefault(owner, Map.of()).values());
  }

  @Override
  public synchronized List<RosterItem> itemsWithContact(Jid contact) {
    List<RosterItem> out = new ArrayList<>();
    for (Map<Jid, RosterItem> roster : items.values()) {
      Optional.ofNullable(roster.get(contact)).ifPresent(out::add);
    }
    return out;
  }
}
