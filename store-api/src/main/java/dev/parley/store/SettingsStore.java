package dev.parley.store;

import java.util.Optional;

/** Cluster-wide settings documents (JSON text) by key, for example federation settings. */
public interface SettingsStore {

  Optional<String> get(String key);

  void put(String key, String value);
}
