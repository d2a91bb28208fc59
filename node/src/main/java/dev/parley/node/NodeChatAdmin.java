package dev.parley.node;

import dev.parley.admin.ChatAdmin;
import dev.parley.admin.model.ChatAliasRemovalView;
import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.admin.model.ChatAliasView;
import dev.parley.protocol.DomainJid;
import dev.parley.server.ServerInfo;
import dev.parley.store.SettingsStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat node aliases of this node: stored cluster-wide, applied at once through a {@link
 * ChatAliasListener}. No restart is involved: an alias is a domain the router hands to a chat
 * service, and adding or removing one is a change of that table (see docs/FEDERATION.md).
 */
public final class NodeChatAdmin implements ChatAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(NodeChatAdmin.class);
  private final ChatAliasRepository repository;
  private final ServerInfo info;
  private final PersistentRoomCounter rooms;
  private final ChatAliasListener listener;

  /** The aliases the listener was told about, by domain. */
  private final Map<DomainJid, ChatAlias> applied = new LinkedHashMap<>();

  private NodeChatAdmin(
      ChatAliasRepository repository,
      ServerInfo info,
      PersistentRoomCounter rooms,
      ChatAliasListener listener) {
    this.repository = repository;
    this.info = info;
    this.rooms = rooms;
    this.listener = listener;
  }

  /**
   * Stores {@code conference.<domain>} for every hosted domain when nothing is stored yet (the
   * first start), then tells {@code listener} about every stored alias.
   */
  public static NodeChatAdmin start(
      SettingsStore store,
      ServerInfo info,
      PersistentRoomCounter rooms,
      ChatAliasListener listener) {
    ChatAliasRepository repository = new ChatAliasRepository(store);
    if (repository.load().isEmpty()) {
      List<ChatAlias> defaults = new ArrayList<>();
      info.domains().stream()
          .sorted(Comparator.comparing(DomainJid::domain))
          .map(d -> DomainJid.of("conference." + d.domain()))
          .filter(alias -> !info.hosts(alias.domain()))
          .forEach(alias -> defaults.add(ChatAlias.of(alias)));
      repository.save(defaults);
      LOG.info(
          "first start: chat node aliases {}", defaults.stream().map(ChatAlias::domain).toList());
    }
    NodeChatAdmin admin = new NodeChatAdmin(repository, info, rooms, listener);
    admin.synchronize();
    return admin;
  }

  /** The stored aliases in the order they were added. */
  public List<ChatAlias> current() {
    return repository.load().orElse(List.of());
  }

  /**
   * Applies the stored aliases: tells the listener about aliases added or removed since the last
   * call. Admin changes call it themselves; another node of the cluster picks up a change when the
   * composition root calls it (on a timer or a cluster event).
   */
  public synchronized void synchronize() {
    Map<DomainJid, ChatAlias> stored = new LinkedHashMap<>();
    current().forEach(alias -> stored.put(alias.domain(), alias));
    for (ChatAlias old : List.copyOf(applied.values())) {
      if (!old.equals(stored.get(old.domain()))) {
        applied.remove(old.domain());
        listener.aliasRemoved(old);
        LOG.info("chat node alias {} no longer served", old.domain());
      }
    }
    for (ChatAlias alias : stored.values()) {
      if (!applied.containsKey(alias.domain())) {
        try {
          listener.aliasAdded(alias);
        } catch (RuntimeException e) {
          LOG.error("chat node alias {} is stored but could not be served", alias.domain(), e);
          throw new IllegalStateException(
              "chat node alias "
                  + alias.domain()
                  + " is stored but its chat service did not start: "
                  + e.getMessage()
                  + " (see the server log)",
              e);
        }
        applied.put(alias.domain(), alias);
        LOG.info("chat node alias {} served", alias.domain());
      }
    }
  }

  @Override
  public List<ChatAliasView> aliases() {
    return current().stream()
        .sorted(Comparator.comparing(a -> a.domain().domain()))
        .map(this::view)
        .toList();
  }

  @Override
  public synchronized ChatAliasView add(ChatAliasRequest request) {
    ChatAlias alias = ChatAliasRules.parse(request, info);
    List<ChatAlias> aliases = new ArrayList<>(current());
    if (aliases.stream().anyMatch(a -> a.domain().equals(alias.domain()))) {
      throw new IllegalStateException("chat node alias " + alias.domain() + " exists already");
    }
    aliases.add(alias);
    repository.save(aliases);
    synchronize();
    return view(alias);
  }

  @Override
  public synchronized Optional<ChatAliasRemovalView> remove(String domain, boolean confirmed) {
    DomainJid jid;
    try {
      jid = ChatAliasRules.domain(domain);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    List<ChatAlias> aliases = new ArrayList<>(current());
    Optional<ChatAlias> found = aliases.stream().filter(a -> a.domain().equals(jid)).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int count = rooms.persistentRooms(jid);
    if (count > 0 && !confirmed) {
      throw new IllegalStateException(refusal(jid, count));
    }
    // Rooms go first, while the service still runs and can send the destroy presence.
    rooms.destroyRooms(jid, "The chat service " + jid + " has been removed.");
    aliases.remove(found.get());
    repository.save(aliases);
    synchronize();
    String message =
        "chat node alias "
            + jid
            + " removed"
            + (count == 0
                ? ""
                : "; " + count + " persistent rooms destroyed, their occupants were told so");
    return Optional.of(new ChatAliasRemovalView(jid.domain(), count, message));
  }

  private static String refusal(DomainJid alias, int count) {
    return "chat node alias "
        + alias
        + " has "
        + count
        + " persistent room"
        + (count == 1 ? "" : "s")
        + ". Removing it destroys them: every occupant gets the room's destroy presence (XEP-0045"
        + " §10.9) and their configuration, member lists and history are deleted. To go on,"
        + " confirm: parley chat aliases remove "
        + alias
        + " --confirm (REST: DELETE /api/chat/aliases/"
        + alias
        + "?confirm=true)";
  }

  private ChatAliasView view(ChatAlias alias) {
    return new ChatAliasView(
        alias.domain().domain(),
        alias.defaultVisibility().label(),
        alias.endpoint().map(AliasEndpoint::address).orElse(null),
        alias.endpoint().map(AliasEndpoint::port).orElse(null),
        rooms.persistentRooms(alias.domain()));
  }
}
