package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where every bound client session can be found: the cluster SPI. The single-node implementation
 * keeps a map; a cluster implementation returns sessions of other nodes as proxies, and no caller
 * changes.
 */
public interface RouteDirectory {

  /** Registers a session; returns the one it replaced with the same full JID, if any. */
  Optional<ClientSession> register(ClientSession session);

  /** Removes the session if it is still the one registered under its JID. */
  void unregister(ClientSession session);

  Optional<ClientSession> session(FullJid jid);

  List<ClientSession> sessions(BareJid account);

  Collection<ClientSession> all();

  int count();
}
