package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The single-node {@link RouteDirectory}: every session lives in this JVM. */
public final class LocalRouteDirectory implements RouteDirectory {
  private final Map<FullJid, ClientSession> byFullJid = new ConcurrentHashMap<>();
  private final Map<BareJid, Map<FullJid, ClientSession>> byAccount = new ConcurrentHashMap<>();

  @Override
  public Optional<ClientSession> register(ClientSession session) {
    FullJid jid = session.jid();
    ClientSession previous = byFullJid.put(jid, session);
    byAccount.computeIfAbsent(jid.account(), k -> new ConcurrentHashMap<>()).put(jid, session);
    return Optional.ofNullable(previous).filter(p -> p != session);
  }

  @Override
  public void unregister(ClientSession session) {
    FullJid jid = session.jid();
    if (byFullJid.remove(jid, session)) {
      byAccount.computeIfPresent(
          jid.account(),
          (account, sessions) -> {
            sessions.remove(jid, session);
            return sessions.isEmpty() ? null : sessions;
          });
    }
  }

  @Override
  public Optional<ClientSession> session(FullJid jid) {
    return Optional.ofNullable(byFullJid.get(jid));
  }

  @Override
  public List<ClientSession> sessions(BareJid account) {
    Map<FullJid, ClientSession> sessions = byAccount.get(account);
    return sessions == null ? List.of() : new ArrayList<>(sessions.values());
  }

  @Override
  public Collection<ClientSession> all() {
    return List.copyOf(byFullJid.values());
  }

  @Override
  public int count() {
    return byFullJid.size();
  }
}
