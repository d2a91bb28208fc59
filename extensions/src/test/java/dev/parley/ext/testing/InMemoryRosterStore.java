package dev.parley.ext.testing;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rosters in a list; versions and pending subscriptions are not needed by these tests. */
public final class InMemoryRosterStore implements RosterStore {
  private final List<RosterItem> items = new ArrayList<>();

  @Override
  public List<RosterItem> items(BareJid owner) {
    return items.stream().filter(i -> i.owner().equals(owner)).toList();
  }

  @Override
  public Optional<RosterItem> item(BareJid owner, Jid contact) {
    return items(owner).stream().filter(i -> i.contact().equals(contact)).findFirst();
  }

  @Override
  public long put(RosterItem item) {
    items.removeIf(i -> i.owner().equals(item.owner()) && i.contact().equals(item.contact()));
    items.add(item);
    return items.size();
  }

  @Override
  public long remove(BareJid owner, Jid contact) {
    items.removeIf(i -> i.owner().equals(owner) && i.contact().equals(contact));
    return items.size();
  }

  @Override
  public long version(BareJid owner) {
    return items.size();
  }

  @Override
  public void addPending(PendingSubscription pending) {}

  @Override
  public void removePending(BareJid owner, Jid contact) {}

  @Override
  public List<PendingSubscription> pending(BareJid owner) {
    return List.of();
  }

  @Override
  public List<RosterItem> itemsWithContact(Jid contact) {
    return items.stream().filter(i -> i.contact().equals(contact)).toList();
  }
}
