package dev.parley.server;

import dev.parley.protocol.Stanza;
import java.util.concurrent.Executor;

/**
 * Delivers stanzas by the rules of RFC 6121 §8 (see docs/ROUTING.md): to a local session, a local
 * service, the offline store, a remote domain, or back to the sender as an error. Nothing is
 * dropped without a reason.
 */
public interface Router {

  /**
   * Routes a stanza whose {@code from} is already trusted: produced by the server itself, a local
   * service or an authenticated federated stream.
   */
  void route(Stanza stanza);

  /**
   * Routes a stanza a local client sent, its {@code from} already stamped with the session's full
   * JID: applies the outbound rules first (interceptors, presence broadcast, subscriptions, IQs
   * without 'to' handled on behalf of the account).
   */
  void routeFromClient(Stanza stanza, ClientSession sender);

  /**
   * Routes a stanza a local client sent, as {@link #routeFromClient(Stanza, ClientSession)} does,
   * but called on the connection's event loop: what can be routed without blocking (no storage, no
   * lookup that may wait) is routed at once, on the calling thread; the rest is handed to {@code
   * blocking}, the connection's in-order executor, which must be idle when this is called so that
   * the client's stanzas stay in order. By default everything is handed over.
   */
  default void routeFromClient(Stanza stanza, ClientSession sender, Executor blocking) {
    blocking.execute(() -> routeFromClient(stanza, sender));
  }
}
