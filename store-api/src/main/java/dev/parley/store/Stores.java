package dev.parley.store;

/** Every repository, built once by the composition root. */
public record Stores(
    UserStore users,
    RosterStore rosters,
    OfflineStore offline,
    PayloadStore payloads,
    BlockListStore blockLists,
    SettingsStore settings) {}
