package dev.parley.router;

import dev.parley.server.OfflineStorage;
import dev.parley.server.PresenceHandler;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import dev.parley.store.UserStore;
import io.micrometer.core.instrument.MeterRegistry;

/** The collaborators of the router, gathered so that the composition root names each once. */
public record RouterParts(
    ServerInfo info,
    RouteDirectory sessions,
    UserStore users,
    PresenceHandler presence,
    OfflineStorage offline,
    FeatureRegistry registry,
    MeterRegistry metrics) {}
