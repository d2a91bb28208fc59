package dev.parley.ext.testing;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A single-node session map. */
public final class FakeRouteDirectory implements RouteDirectory {
  private final Map<FullJid, ClientSession> sessions = new LinkedHashMap<>();

  public FakeRouteDirectory with(ClientSession... added) {
    for (ClientSession session : added) {
      register(session);
    }
    return this;
  }

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
    List<ClientSession> result = new ArrayList<>();
    for (ClientSession session : sessions.values()) {
      if (session.jid().bare().equals(account)) {
        result.add(session);
      }
    }
    return result;
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
