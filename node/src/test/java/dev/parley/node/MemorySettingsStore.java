package dev.parley.node;

import dev.parley.store.SettingsStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Settings documents in a map. */
final class MemorySettingsStore implements SettingsStore {

  final Map<String, String> documents = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(documents.get(key));
  }

  @Override
  public void put(String key, String value) {
    documents.put(key, value);
  }
}
