package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.ErrorType;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-user chat service of one chat node alias (XEP-0045). The node registers one per alias
 * with {@code StanzaRouter.serviceDomain(alias, service)}; every stanza to the alias, its rooms or
 * their occupants arrives in {@link #accept(Stanza)}, from local and federated users alike, and the
 * service answers through {@link Router#route(Stanza)} from room and occupant JIDs.
 *
 * <p>Threads: {@code accept} is called from many threads. Each room has its own lock, held while a
 * stanza is handled; what it produced is routed in order after the lock is released (see {@code
 * OrderedOutbound}), so all occupants see the same order. There is no service-wide lock. Persistent
 * rooms are written through the given executor.
 */
public final class MucService implements DomainService {
  private static final Logger LOG = LoggerFactory.getLogger(MucService.class);
  private final DomainJid domain;
  private final MucSettings settings;
  private final Router router;
  private final RoomStore store;
  private final RoomPersistence persistence;
  private final RoomDispatch dispatch;
  private final MucDisco disco;
  private final Map<BareJid, Room> rooms = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong pings =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param domain the chat node alias, for example {@code conference.example.com}
   * @param settings limits and defaults of this alias
   * @param router where the service's stanzas go
   * @param store where persistent rooms are kept
   * @param persistence runs blocking store writes (for example a virtual-thread executor)
   * @param realJids how real JIDs are shown to each viewer
   * @param clock stamps history
   */
  public MucService(
      DomainJid domain,
      MucSettings settings,
      Router router,
      RoomStore store,
      Executor persistence,
      RealJidView realJids,
      Clock clock) {
    this.domain = domain;
    this.settings = settings;
    this.router = router;
    this.store = store;
    this.persistence = new RoomPersistence(store, persistence);
    this.dispatch =
        new RoomDispatch(new RoomContext(domain, settings, clock, new OccupantPresences(realJids)));
    this.disco = new MucDisco(settings);
  }

  /** A service that shows real JIDs as they are and uses the system clock. */
  public MucService(
      DomainJid domain,
      MucSettings settings,
      Router router,
      RoomStore store,
      Executor persistence) {
    this(domain, settings, router, store, persistence, RealJidView.identity(), Clock.systemUTC());
  }

  public DomainJid domain() {
    return domain;
  }

  public MucSettings settings() {
    return settings;
  }

  /**
   * Loads this alias's persistent rooms from the store (blocking; call once at start, before the
   * service is registered with the router). Returns how many were loaded.
   */
  public int loadRooms() {
    List<StoredRoom> stored = store.loadAll(domain);
    for (StoredRoom room : stored) {
      rooms.putIfAbsent(room.jid(), Room.restored(room, settings.historySize()));
    }
    LOG.info("Chat service {} loaded {} persistent rooms", domain, stored.size());
    return stored.size();
  }

  /** The addresses of the rooms that exist now, persistent or not. */
  public List<BareJid> rooms() {
    return rooms.keySet().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
  }

  @Override
  public void accept(Stanza stanza) {
    Optional<Jid> from = stanza.from();
    Optional<Jid> to = stanza.to();
    if (from.isEmpty() || to.isEmpty() || !to.get().domain().equals(domain.domain())) {
      LOG.debug("chat service {} ignores a stanza without usable addresses: {}", domain, stanza);
      return;
    }
    try {
      switch (to.get()) {
        case DomainJid service -> route(serviceLevel(stanza));
        case BareJid room -> toRoom(room, stanza, Optional.empty());
        case FullJid full when full.localpart().isEmpty() -> route(serviceLevel(stanza));
        case FullJid full -> toRoom(full.account(), stanza, Optional.of(full.resourcepart()));
      }
    } catch (RuntimeException e) {
      // Never leave the sender without an answer (RFC 6120 §8.3.3.6).
      LOG.error("chat service {} failed on a stanza from {}", domain, from.get(), e);
      if (!stanza.isError()) {
        router.route(
            StanzaParser.errorReply(
                stanza, StanzaError.of(StanzaErrorCondition.INTERNAL_SERVER_ERROR)));
      }
    }
  }

  private void route(List<Stanza> stanzas) {
    stanzas.forEach(router::route);
  }

  private void toRoom(BareJid jid, Stanza stanza, Optional<String> nick) {
    // A room found but destroyed meanwhile (its last occupant left on another thread) is looked
    // up again; the loop ends because a destroyed room is no longer in the map.
    while (true) {
      Room room = rooms.get(jid);
      boolean created = false;
      if (room == null) {
        if (!(stanza instanceof Presence p && p.type() == PresenceType.AVAILABLE)
            || nick.isEmpty()) {
          route(noSuchRoom(stanza, nick));
          return;
        }
        Optional<StanzaError> refusal = mayCreate(stanza.from().orElseThrow());
        if (refusal.isPresent()) {
          route(List.of(StanzaParser.errorReply(stanza, refusal.get())));
          return;
        }
        Room fresh = newRoom(jid, stanza.from().orElseThrow());
        Room raced = rooms.putIfAbsent(jid, fresh);
        room = raced == null ? fresh : raced;
        created = raced == null;
      }
      Room target = room;
      boolean isNew = created;
      if (runLocked(room, out -> dispatch.handle(target, stanza, nick, isNew, out))) {
        return;
      }
    }
  }

  private Room newRoom(BareJid jid, Jid creator) {
    RoomConfig config =
        RoomConfig.defaults(settings.roomsPublicByDefault(), settings.historySize());
    return new Room(jid, Optional.of(Room.asBare(creator)), config, settings.historySize());
  }

  /**
   * §10.1.1: not-allowed when this user may create no more rooms, wait when the service is full.
   */
  private Optional<StanzaError> mayCreate(Jid creator) {
    if (rooms.size() >= settings.maxRooms()) {
      return Optional.of(
          new StanzaError(
              ErrorType.WAIT,
              StanzaErrorCondition.RESOURCE_CONSTRAINT,
              Optional.of("this chat service holds as many rooms as it may"),
              Optional.empty()));
    }
    Optional<BareJid> user = Optional.of(Room.asBare(creator));
    long created = rooms.values().stream().filter(r -> r.creator().equals(user)).count();
    if (created >= settings.maxRoomsPerUser()) {
      return Optional.of(
          StanzaError.of(StanzaErrorCondition.NOT_ALLOWED, "you may not create more rooms"));
    }
    return Optional.empty();
  }

  private static List<Stanza> noSuchRoom(Stanza stanza, Optional<String> nick) {
    Outbox out = new Outbox();
    switch (stanza) {
      case Presence p when p.type() == PresenceType.AVAILABLE && nick.isEmpty() ->
          out.error(p, StanzaErrorCondition.JID_MALFORMED, "a nickname is required");
      case Presence p -> LOG.debug("no room for presence {} from {}", p.type(), p.from());
      case Message m -> out.error(m, StanzaErrorCondition.ITEM_NOT_FOUND, "no such room");
      case Iq iq when iq.type().isRequest() ->
          out.error(iq, StanzaErrorCondition.ITEM_NOT_FOUND, "no such room");
      case Iq iq -> LOG.debug("no room for IQ {} from {}", iq.type(), iq.from());
    }
    return out.stanzas();
  }

  /**
   * Runs {@code work} under the room's lock, settles the room (destroyed when empty and temporary,
   * persisted when changed) and routes what it produced before letting go of the lock. False when
   * the room had been destroyed before the lock was taken.
   */
  private boolean runLocked(Room room, Consumer<Outbox> work) {
    room.lock.lock();
    try {
      if (room.destroyed()) {
        return false;
      }
      Outbox out = new Outbox();
      work.accept(out);
      settle(room);
      room.outbound.append(out.stanzas());
    } finally {
      room.lock.unlock();
    }
    room.outbound.drain(router::route);
    return true;
  }

  private void settle(Room room) {
    if (!room.destroyed() && room.isEmpty() && !room.config().persistent()) {
      room.markDestroyed(); // §10.1: a temporary room ends with its last occupant
    }
    if (room.destroyed()) {
      rooms.remove(room.jid(), room);
      room.takeDirty();
      if (room.everPersisted()) {
        persistence.delete(room.jid());
        room.everPersisted(false);
      }
      return;
    }
    if (room.takeDirty()) {
      if (room.config().persistent()) {
        persistence.save(room.snapshot());
        room.everPersisted(true);
      } else if (room.everPersisted()) {
        persistence.delete(room.jid());
        room.everPersisted(false);
      }
    }
  }

  /** Stanzas to the service's own address: disco (§6.1, §6.3) and ping. */
  private List<Stanza> serviceLevel(Stanza stanza) {
    Outbox out = new Outbox();
    switch (stanza) {
      case Iq iq when iq.type().isRequest() -> {
        Element payload = iq.payload().orElseThrow();
        boolean get = iq.type() == IqType.GET && payload.attribute("node").isEmpty();
        if (get && payload.is("query", MucNs.DISCO_INFO)) {
          out.send(disco.serviceInfo(iq));
        } else if (get && payload.is("query", MucNs.DISCO_ITEMS)) {
          out.send(disco.serviceItems(iq, rooms.values()));
        } else if (get && payload.is("ping", MucNs.PING)) {
          out.send(iq.emptyResult());
        } else {
          out.error(iq, StanzaErrorCondition.SERVICE_UNAVAILABLE);
        }
      }
      case Iq iq ->
          LOG.debug("chat service {} ignores IQ {} from {}", domain, iq.type(), iq.from());
      case Message m -> out.error(m, StanzaErrorCondition.SERVICE_UNAVAILABLE);
      case Presence p -> {
        if (p.type() == PresenceType.AVAILABLE || p.type().isSubscription()) {
          out.error(p, StanzaErrorCondition.SERVICE_UNAVAILABLE);
        }
      }
    }
    return out.stanzas();
  }

  /**
   * The server of {@code remote} went away (its federation link failed for good): its users leave
   * every room with status 333 instead of lingering (XEP-0045 §7.2, "kicked due to an error").
   */
  public void remoteDomainGone(DomainJid remote) {
    for (Room room : rooms.values()) {
      runLocked(
          room,
          out -> {
            for (Occupant occupant : room.occupants()) {
              if (occupant.realJid().domain().equals(remote.domain())) {
                dispatch.removeGhost(room, occupant, out);
              }
            }
          });
    }
  }

  /**
   * The streams to {@code remote} ended without saying why (a clean close looks the same whether
   * the server stopped or only closed an idle stream): each of its occupants is pinged from the
   * room (XEP-0199). A server that is up answers and nothing changes; one that is gone makes the
   * ping bounce with remote-server-not-found or -timeout, and the occupant leaves with 333.
   */
  public void checkRemote(DomainJid remote) {
    for (Room room : rooms.values()) {
      runLocked(
          room,
          out -> {
            for (Occupant occupant : room.occupants()) {
              if (occupant.realJid().domain().equals(remote.domain())) {
                out.send(
                    Iq.request(
                        IqType.GET,
                        "ghost-check-" + pings.incrementAndGet(),
                        Optional.of(room.jid()),
                        occupant.realJid(),
                        Element.of("ping", MucNs.PING)));
              }
            }
          });
    }
  }

  /** How many rooms of this alias are persistent (an administrator confirms before losing them). */
  public int persistentRoomCount() {
    return (int) rooms.values().stream().filter(r -> r.config().persistent()).count();
  }

  /**
   * Destroys every room, temporary and persistent, because the alias is being removed: occupants
   * get the destroy presence with {@code reason} and persistent rooms are deleted from the store.
   */
  public void destroyAll(String reason) {
    for (Room room : rooms.values()) {
      runLocked(room, out -> dispatch.destroyByService(room, reason, out));
    }
  }

  /** The service stops: every occupant leaves with status 332; persistent rooms stay stored. */
  public void shutdown() {
    for (Room room : rooms.values()) {
      runLocked(room, out -> dispatch.dismissAll(room, out));
    }
  }
}
