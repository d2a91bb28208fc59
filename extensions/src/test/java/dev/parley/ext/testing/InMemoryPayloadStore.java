package dev.parley.ext.testing;

import dev.parley.protocol.BareJid;
import dev.parley.store.PayloadStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Payloads in a map. */
public final class InMemoryPayloadStore implements PayloadStore {
  public final Map<String, String> entries = new HashMap<>();

  @Override
  public Optional<String> get(BareJid owner, String key) {
    return Optional.ofNullable(entries.get(owner + " " + key));
  }

  @Override
  public void put(BareJid owner, String key, String xml) {
    entries.put(owner + " " + key, xml);
  }

  @Override
  public void delete(BareJid owner, String key) {
    entries.remove(owner + " " + key);
  }
}
