package dev.parley.node;

import dev.parley.ext.disco.DiscoItem;
import dev.parley.muc.MucService;
import dev.parley.muc.MucSettings;
import dev.parley.muc.RealJidView;
import dev.parley.muc.RoomStore;
import dev.parley.protocol.DomainJid;
import dev.parley.router.StanzaRouter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-user chat services of this node, one per chat node alias. An alias added by the
 * administrator is served at once: its service loads its persistent rooms and is registered with
 * the router (stanzas to the alias domain reach it, from local users and over federation alike);
 * removing it destroys its rooms first. The alias domains are also what the federation service
 * serves beside the hosted domains ({@link #domains()}).
 */
final class ChatServices implements ChatAliasListener, PersistentRoomCounter, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChatServices.class);
  private final StanzaRouter router;
  private final RoomStore store;
  private final Executor persistence;
  private final RealJidView realJids;
  private final MucSettings settings;
  private final Map<DomainJid, MucService> services = new ConcurrentHashMap<>();

  /**
   * @param router where each service is registered and where rooms send their stanzas
   * @param store persistent rooms of every alias
   * @param persistence runs the blocking store writes
   * @param realJids how rooms reveal real JIDs (email addresses to federated viewers)
   * @param settings limits shared by every alias; the room visibility comes from the alias
   */
  ChatServices(
      StanzaRouter router,
      RoomStore store,
      Executor persistence,
      RealJidView realJids,
      MucSettings settings) {
    this.router = router;
    this.store = store;
    this.persistence = persistence;
    this.realJids = realJids;
    this.settings = settings;
  }

  @Override
  public void aliasAdded(ChatAlias alias) {
    MucService service =
        new MucService(
            alias.domain(),
            settings.withRoomsPublicByDefault(
                alias.defaultVisibility() == ChatRoomVisibility.PUBLIC),
            router,
            store,
            persistence,
            realJids,
            Clock.systemUTC());
    service.loadRooms();
    MucService previous = services.put(alias.domain(), service);
    if (previous != null) {
      previous.shutdown();
    }
    router.serviceDomain(alias.domain(), service);
    LOG.info("chat service {} is served ({} rooms)", alias.domain(), service.rooms().size());
  }

  @Override
  public void aliasRemoved(ChatAlias alias) {
    router.removeServiceDomain(alias.domain());
    Optional.ofNullable(services.remove(alias.domain())).ifPresent(MucService::shutdown);
    LOG.info("chat service {} is no longer served", alias.domain());
  }

  @Override
  public int persistentRooms(DomainJid alias) {
    return Optional.ofNullable(services.get(alias)).map(MucService::persistentRoomCount).orElse(0);
  }

  @Override
  public void destroyRooms(DomainJid alias, String reason) {
    Optional.ofNullable(services.get(alias)).ifPresent(s -> s.destroyAll(reason));
  }

  /** The alias domains served now, for the federation service's local domains. */
  List<String> domains() {
    return services.keySet().stream().map(DomainJid::domain).toList();
  }

  /** The server's disco#items entries: one per chat service (XEP-0045 §6.1). */
  List<DiscoItem> discoItems() {
    return services.keySet().stream()
        .sorted((a, b) -> a.domain().compareTo(b.domain()))
        .map(domain -> new DiscoItem(domain, Optional.empty(), Optional.of("Chat rooms")))
        .toList();
  }

  /** A federated server went away: its users leave every room instead of lingering. */
  void remoteDomainGone(DomainJid remote) {
    services.values().forEach(s -> s.remoteDomainGone(remote));
  }

  /** A stream with a federated server ended cleanly: its occupants are pinged to see. */
  void checkRemote(DomainJid remote) {
    services.values().forEach(s -> s.checkRemote(remote));
  }

  /** Occupants are told the service is going down (status 332); persistent rooms stay stored. */
  @Override
  public void close() {
    services.values().forEach(MucService::shutdown);
  }
}
