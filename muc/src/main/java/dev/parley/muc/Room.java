package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live state of one room. Every field except the address, creator, lock and outbound queue is
 * guarded by {@link #lock}: the service takes it for the whole of a request and queues what the
 * request produced on {@link #outbound}, which routes it in order once the lock is released. There
 * is one lock per room and none for the service. Configuration and the locked/destroyed flags are
 * also volatile, so that the service can list rooms (disco#items) without taking their locks.
 */
final class Room {
  final ReentrantLock lock = new ReentrantLock();
  final OrderedOutbound outbound = new OrderedOutbound();
  private final BareJid jid;
  private final Optional<BareJid> creator;
  private final Map<String, Occupant> occupants = new LinkedHashMap<>();
  private final Map<Jid, String> nickByRealJid = new HashMap<>();
  private final Map<BareJid, Affiliation> affiliations = new HashMap<>();
  private final Map<BareJid, String> registeredNicks = new HashMap<>();
  private final HistoryBuffer history;
  private final int serviceHistorySize;
  private volatile RoomConfig config;
  private volatile boolean locked;
  private volatile boolean destroyed;
  private boolean dirty;
  private boolean everPersisted;
  private String subject = "";
  private String subjectBy = "";

  Room(BareJid jid, Optional<BareJid> creator, RoomConfig config, int serviceHistorySize) {
    this.jid = jid;
    this.creator = creator;
    this.serviceHistorySize = serviceHistorySize;
    this.config = config;
    this.history = new HistoryBuffer(Math.min(config.historyLength(), serviceHistorySize));
  }

  /** A persistent room as loaded from its store: unlocked, empty. */
  static Room restored(StoredRoom stored, int serviceHistorySize) {
    Room room = new Room(stored.jid(), stored.creator(), stored.config(), serviceHistorySize);
    room.affiliations.putAll(stored.affiliations());
    room.registeredNicks.putAll(stored.registeredNicks());
    room.subject = stored.subject();
    room.subjectBy = stored.subjectBy();
    room.everPersisted = true;
    return room;
  }

  StoredRoom snapshot() {
    return new StoredRoom(jid, creator, config, affiliations, registeredNicks, subject, subjectBy);
  }

  BareJid jid() {
    return jid;
  }

  Optional<BareJid> creator() {
    return creator;
  }

  FullJid occupantJid(String nick) {
    return jid.withResource(nick);
  }

  RoomConfig config() {
    return config;
  }

  void config(RoomConfig newConfig) {
    config = newConfig;
    history.capacity(Math.min(newConfig.historyLength(), serviceHistorySize));
    dirty = true;
  }

  HistoryBuffer history() {
    return history;
  }

  boolean locked() {
    return locked;
  }

  void locked(boolean value) {
    locked = value;
  }

  boolean destroyed() {
    return destroyed;
  }

  void markDestroyed() {
    destroyed = true;
  }

  /** True once when state that is persisted changed since the last call. */
  boolean takeDirty() {
    boolean was = dirty;
    dirty = false;
    return was;
  }

  boolean everPersisted() {
    return everPersisted;
  }

  void everPersisted(boolean value) {
    everPersisted = value;
  }

  String subject() {
    return subject;
  }

  String subjectBy() {
    return subjectBy;
  }

  void subject(String text, String byNick) {
    subject = text;
    subjectBy = byNick;
    dirty = true;
  }

  // --- occupants

  Optional<Occupant> occupant(String nick) {
    return Optional.ofNullable(occupants.get(nick));
  }

  Optional<Occupant> occupantByRealJid(Jid realJid) {
    return Optional.ofNullable(nickByRealJid.get(realJid)).map(occupants::get);
  }

  /** The occupants in order of entry. */
  List<Occupant> occupants() {
    return new ArrayList<>(occupants.values());
  }

  int occupantCount() {
    return occupants.size();
  }

  boolean isEmpty() {
    return occupants.isEmpty();
  }

  void put(Occupant occupant) {
    occupants.put(occupant.nick(), occupant);
    nickByRealJid.put(occupant.realJid(), occupant.nick());
  }

  void remove(Occupant occupant) {
    occupants.remove(occupant.nick());
    nickByRealJid.remove(occupant.realJid());
  }

  /** Moves an occupant to a new nickname, keeping its place in the order of entry. */
  void rename(Occupant occupant, String newNick) {
    occupants.remove(occupant.nick());
    put(occupant.withNick(newNick));
  }

  // --- affiliations and registrations

  Affiliation affiliation(Jid realJid) {
    return affiliations.getOrDefault(asBare(realJid), Affiliation.NONE);
  }

  void affiliation(BareJid user, Affiliation affiliation) {
    if (affiliation == Affiliation.NONE) {
      affiliations.remove(user);
    } else {
      affiliations.put(user, affiliation);
    }
    dirty = true;
  }

  /** Users with exactly this affiliation. */
  List<BareJid> withAffiliation(Affiliation affiliation) {
    return affiliations.entrySet().stream()
        .filter(e -> e.getValue() == affiliation)
        .map(Map.Entry::getKey)
        .sorted((a, b) -> a.toString().compareTo(b.toString()))
        .toList();
  }

  Optional<String> registeredNick(Jid realJid) {
    return Optional.ofNullable(registeredNicks.get(asBare(realJid)));
  }

  /** The user who registered {@code nick}, if anyone did. */
  Optional<BareJid> registrant(String nick) {
    return registeredNicks.entrySet().stream()
        .filter(e -> e.getValue().equals(nick))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  void register(BareJid user, Optional<String> nick) {
    nick.ifPresentOrElse(n -> registeredNicks.put(user, n), () -> registeredNicks.remove(user));
    dirty = true;
  }

  /**
   * The bare form used for affiliations. A server-side entity without a localpart (a component) is
   * keyed by its domain as localpart-less bare JIDs do not exist in the model; such entities never
   * hold affiliations.
   */
  static BareJid asBare(Jid jid) {
    return switch (jid) {
      case BareJid bare -> bare;
      case FullJid full when !full.localpart().isEmpty() -> full.account();
      default -> new BareJid("_", jid.domain());
    };
  }
}
