package dev.parley.router;

import dev.parley.protocol.DomainJid;
import dev.parley.server.Feature;
import dev.parley.server.ServerInfo;
import dev.parley.testkit.fakes.InMemoryUsers;
import dev.parley.testkit.fakes.RecordingSession;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A real {@link StanzaRouter} for the domain example.com with accounts alice and bob, in-memory
 * collaborators and whatever features a test adds.
 */
final class RouterFixture {
  static final String DOMAIN = "example.com";
  final LocalRouteDirectory directory = new LocalRouteDirectory();
  final InMemoryUsers users = InMemoryUsers.of("alice@example.com", "bob@example.com");
  final RecordingPresence presence = new RecordingPresence(directory);
  final InMemoryOffline offline;
  final FeatureRegistry registry;
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  final StanzaRouter router;

  RouterFixture(Feature... features) {
    this(10, features);
  }

  RouterFixture(int offlineQuota, Feature... features) {
    List<Feature> all = new ArrayList<>(List.of(new EchoFeature()));
    all.addAll(List.of(features));
    this.offline = new InMemoryOffline(offlineQuota);
    this.registry = FeatureRegistry.of(all);
    ServerInfo info = new ServerInfo("Parley", "test", "node-1", Set.of(DomainJid.of(DOMAIN)));
    this.router =
        new StanzaRouter(
            new RouterParts(info, directory, users, presence, offline, registry, metrics));
  }

  /** A bound session that has not sent initial presence. */
  RecordingSession connect(String fullJid) {
    RecordingSession session = RecordingSession.of(fullJid);
    directory.register(session);
    return session;
  }

  /** A bound, available session with the given priority. */
  RecordingSession connect(String fullJid, int priority) {
    return connect(fullJid).available(priority);
  }
}
