package dev.parley.server;

import dev.parley.protocol.Stanza;

/**
 * Delivers stanzas by the rules of RFC 6121 §8 (see docs/ROUTING.md): to a local session, a local
 * service, the offline store, a remote domain, or back to the sender as an error. Nothing is
 * dropped without a reason.
 */
public interface Router {

  /**
   * Routes a stanza whose {@code from} is already trusted: stamped by a client connection manager
   * or produced by the server itself.
   */
  void route(Stanza stanza);
}
