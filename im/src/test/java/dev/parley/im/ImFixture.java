package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.router.FeatureRegistry;
import dev.parley.router.LocalRouteDirectory;
import dev.parley.router.RouterParts;
import dev.parley.router.StanzaRouter;
import dev.parley.server.ServerInfo;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import dev.parley.testkit.fakes.InMemoryUsers;
import dev.parley.testkit.fakes.RecordingSession;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The IM module wired as the composition root wires it, around a real {@link StanzaRouter}, for the
 * domain example.com with accounts alice, bob and carol.
 */
final class ImFixture {
  final LocalRouteDirectory directory = new LocalRouteDirectory();
  final InMemoryUsers users =
      InMemoryUsers.of("alice@example.com", "bob@example.com", "carol@example.com");
  final InMemoryRosterStore rosters = new InMemoryRosterStore();
  final InMemoryOfflineStore offlineStore = new InMemoryOfflineStore();
  final OfflineService offline;
  final PresenceService presence;
  final StanzaRouter router;

  ImFixture() {
    this(100);
  }

  ImFixture(int offlineQuota) {
    this(offlineQuota, UnaryOperator.identity());
  }

  /** The services see the roster store through {@code view} (for example a slow one). */
  ImFixture(int offlineQuota, UnaryOperator<RosterStore> view) {
    RosterStore seen = view.apply(rosters);
    offline = new OfflineService(offlineStore, offlineQuota, directory);
    presence = new PresenceService(seen, users, directory, offline);
    FeatureRegistry registry =
        FeatureRegistry.of(List.of(new RosterFeature(seen, directory), presence, offline));
    ServerInfo info =
        new ServerInfo("Parley", "test", "node-1", Set.of(DomainJid.of("example.com")));
    router =
        new StanzaRouter(
            new RouterParts(
                info, directory, users, presence, offline, registry, new SimpleMeterRegistry()));
  }

  /** A bound session that asked for the roster but sent no presence yet. */
  RecordingSession connect(String fullJid) {
    RecordingSession session = RecordingSession.of(fullJid);
    directory.register(session);
    send(session, "<iq type='get' id='roster-1'><query xmlns='jabber:iq:roster'/></iq>");
    session.clear();
    return session;
  }

  /** A session that asked for the roster and sent initial presence; what it got is cleared. */
  RecordingSession login(String fullJid) {
    RecordingSession session = connect(fullJid);
    send(session, "<presence/>");
    session.clear();
    return session;
  }

  /** Sends a stanza as the client would: 'from' stamped with the session's full JID. */
  void send(RecordingSession session, String xml) {
    Stanza stanza = Stanzas.parse(xml);
    router.routeFromClient(stanza.withFrom(session.jid()), session);
  }

  /**
   * The subscription state of {@code contact} in {@code owner}'s roster as RFC 6121 Appendix A
   * writes it: "none", "to", "from" or "both", then "+out" (ask), "+in" (pending request) and
   * "+approved"; "absent" when there is no item.
   */
  String state(String owner, String contact) {
    BareJid ownerJid = Jid.parseBare(owner + "@example.com");
    Jid contactJid = Jid.parse(contact + "@example.com");
    Optional<RosterItem> item = rosters.item(ownerJid, contactJid);
    StringBuilder out =
        new StringBuilder(
            item.map(i -> i.subscription().name().toLowerCase(Locale.ROOT)).orElse("absent"));
    item.filter(RosterItem::askSubscribe).ifPresent(i -> out.append("+out"));
    if (rosters.pending(ownerJid).stream().anyMatch(p -> p.contact().equals(contactJid))) {
      out.append("+in");
    }
    item.filter(RosterItem::preApproved).ifPresent(i -> out.append("+approved"));
    return out.toString();
  }
}
