package dev.parley.admin;

import dev.parley.admin.model.ChatAliasRemovalView;
import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.admin.model.ChatAliasView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chat node aliases in a map, with the contract's errors (400 for a bad or hosted domain, 409 for a
 * duplicate or an unconfirmed removal of an alias with persistent rooms). The node's real
 * implementation is tested in the node module.
 */
public final class InMemoryChatAdmin implements ChatAdmin {

  private final Map<String, ChatAliasView> aliases = new TreeMap<>();
  private final Map<String, Integer> rooms = new TreeMap<>();

  /** Pretends the alias holds {@code count} persistent rooms. */
  public synchronized void persistentRooms(String domain, int count) {
    rooms.put(domain, count);
  }

  @Override
  public synchronized List<ChatAliasView> aliases() {
    List<ChatAliasView> views = new ArrayList<>();
    aliases.values().forEach(a -> views.add(withRooms(a)));
    return views;
  }

  @Override
  public synchronized ChatAliasView add(ChatAliasRequest request) {
    String domain = request.domain().strip();
    if (!domain.contains(".") || domain.contains(" ")) {
      throw new IllegalArgumentException("not a domain name: " + domain);
    }
    if (domain.equals("example.com")) {
      throw new IllegalArgumentException(domain + " is a hosted domain");
    }
    if (aliases.containsKey(domain)) {
      throw new IllegalStateException("chat node alias " + domain + " exists already");
    }
    String visibility =
        request.defaultRoomVisibility() == null ? "public" : request.defaultRoomVisibility();
    ChatAliasView view =
        new ChatAliasView(domain, visibility, request.address(), request.port(), 0);
    aliases.put(domain, view);
    return withRooms(view);
  }

  @Override
  public synchronized Optional<ChatAliasRemovalView> remove(String domain, boolean confirmed) {
    if (!aliases.containsKey(domain)) {
      return Optional.empty();
    }
    int count = rooms.getOrDefault(domain, 0);
    if (count > 0 && !confirmed) {
      throw new IllegalStateException(
          domain + " has " + count + " persistent rooms: confirm to destroy them");
    }
    aliases.remove(domain);
    rooms.remove(domain);
    return Optional.of(new ChatAliasRemovalView(domain, count, "removed " + domain));
  }

  private ChatAliasView withRooms(ChatAliasView view) {
    return new ChatAliasView(
        view.domain(),
        view.defaultRoomVisibility(),
        view.address(),
        view.port(),
        rooms.getOrDefault(view.domain(), 0));
  }
}
