package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Message;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.OfflineStorage;
import dev.parley.server.Outcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Offline storage in a list, with a quota shared by all recipients. */
final class InMemoryOffline implements OfflineStorage {
  /** One stored message. */
  record Stored(Message message, BareJid recipient) {}

  private final int quota;
  private final List<Stored> stored = new CopyOnWriteArrayList<>();

  InMemoryOffline(int quota) {
    this.quota = quota;
  }

  List<Stored> stored() {
    return List.copyOf(stored);
  }

  @Override
  public Outcome store(Message message, BareJid recipient) {
    if (stored.size() >= quota) {
      return Outcome.fail(StanzaErrorCondition.SERVICE_UNAVAILABLE, "full");
    }
    stored.add(new Stored(message, recipient));
    return Outcome.done();
  }
}
