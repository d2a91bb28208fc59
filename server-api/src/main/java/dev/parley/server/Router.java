package dev.parley.server;

import dev.parley.protocol.Stanza;

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
}
