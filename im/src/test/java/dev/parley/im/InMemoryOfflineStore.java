package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.store.OfflineMessage;
import dev.parley.store.OfflineStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Offline messages in lists, oldest first. */
final class InMemoryOfflineStore implements OfflineStore {
  private final Map<BareJid, List<OfflineMessage>> messages = new HashMap<>();
  private long nextId = 1;

  @Override
  public synchronized void store(BareJid owner, String stanzaXml) {
    messages
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(new OfflineMessage(nextId++, owner, stanzaXml, Instant.now()));
  }

  @Override
  public synchronized int count(BareJid owner) {
    return messages.getOrDefault(owner, List.of()).size();
  }

  @Override
  public synchronized List<OfflineMessage> list(BareJid owner) {
    return List.copyOf(messages.getOrDefault(owner, List.of()));
  }

  @Override
  public synchronized void delete(BareJid owner, List<Long> ids) {
    messages.getOrDefault(owner, new ArrayList<>()).removeIf(m -> ids.contains(m.id()));
  }
}
