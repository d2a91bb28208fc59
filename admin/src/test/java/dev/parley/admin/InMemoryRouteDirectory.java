package dev.parley.admin;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A single-node {@link RouteDirectory} in a map, for tests. */
public final class InMemoryRouteDirectory implements RouteDirectory {

  private final Map<FullJid, ClientSession> sessions = new ConcurrentHashMap<>();

  @Override
  public Optional<ClientSession> register(ClientSession session) {
    return Optional.ofNullable(sessions.put(session.jid(), session));
  }

  @Override
  public void unregister(ClientSession session) {
    sessions.remove(session.jid(), session);
  }

  @Override
  public Optional<ClientSession> session(FullJid jid) {
    return Optional.ofNullable(sessions.get(jid));
  }

  @Override
  public List<ClientSession> sessions(BareJid account) {
    return sessions.values().stream().filter(s -> s.jid().account().equals(account)).toList();
  }

  @Override
  public Collection<ClientSession> all() {
    return List.copyOf(sessions.values());
  }

  @Override
  public int count() {
    return sessions.size();
  }
}
