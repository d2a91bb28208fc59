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

  /**
   * Each account's sessions as an immutable list, replaced on (rare) registration changes: every
   * presence broadcast and bare-JID delivery reads it, and a read is then one lookup without
   * copying.
   */
  private final Map<BareJid, List<ClientSession>> byAccount = new ConcurrentHashMap<>();

  @Override
  public Optional<ClientSession> register(ClientSession session) {
    FullJid jid = session.jid();
    ClientSession previous = byFullJid.put(jid, session);
    byAccount.compute(
        jid.account(),
        (account, sessions) -> {
          List<ClientSession> next = new ArrayList<>();
          if (sessions != null) {
            for (ClientSession other : sessions) {
              if (!other.jid().equals(jid)) {
                next.add(other);
              }
            }
          }
          next.add(session);
          return List.copyOf(next);
        });
    return Optional.ofNullable(previous).filter(p -> p != session);
  }

  @Override
  public void unregister(ClientSession session) {
    FullJid jid = session.jid();
    if (byFullJid.remove(jid, session)) {
      byAccount.computeIfPresent(
          jid.account(),
          (account, sessions) -> {
            List<ClientSession> next = new ArrayList<>(sessions);
            next.remove(session);
            return next.isEmpty() ? null : List.copyOf(next);
          });
    }
  }

  @Override
  public Optional<ClientSession> session(FullJid jid) {
    return Optional.ofNullable(byFullJid.get(jid));
  }

  @Override
  public List<ClientSession> sessions(BareJid account) {
    return byAccount.getOrDefault(account, List.of());
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
