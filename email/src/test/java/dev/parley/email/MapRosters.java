package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rosters in maps; versions are not kept (the impact report does not read them). */
final class MapRosters implements RosterStore {
  private final Map<BareJid, Map<Jid, RosterItem>> items = new LinkedHashMap<>();
  private final Map<BareJid, Map<Jid, PendingSubscription>> pending = new LinkedHashMap<>();

  @Override
  public List<RosterItem> items(BareJid owner) {
    return List.copyOf(items.getOrDefault(owner, Map.of()).values());
  }

  @Override
  public Optional<RosterItem> item(BareJid owner, Jid contact) {
    return Optional.ofNullable(items.getOrDefault(owner, Map.of()).get(contact));
  }

  @Override
  public long put(RosterItem item) {
    items.computeIfAbsent(item.owner(), k -> new LinkedHashMap<>()).put(item.contact(), item);
    return 1;
  }

  @Override
  public long remove(BareJid owner, Jid contact) {
    items.getOrDefault(owner, new LinkedHashMap<>()).remove(contact);
    return 1;
  }

  @Override
  public long version(BareJid owner) {
    return 1;
  }

  @Override
  public void addPending(PendingSubscription request) {
    pending
        .computeIfAbsent(request.owner(), k -> new LinkedHashMap<>())
        .put(request.contact(), request);
  }

  @Override
  public void removePending(BareJid owner, Jid contact) {
    pending.getOrDefault(owner, new LinkedHashMap<>()).remove(contact);
  }

  @Override
  public List<PendingSubscription> pending(BareJid owner) {
    return List.copyOf(pending.getOrDefault(owner, Map.of()).values());
  }

  @Override
  public List<RosterItem> itemsWithContact(Jid contact) {
    List<RosterItem> found = new ArrayList<>();
    items.values().forEach(r -> Optional.ofNullable(r.get(contact)).ifPresent(found::add));
    return found;
  }
}
