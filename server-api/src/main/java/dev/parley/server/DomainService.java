package dev.parley.server;

import dev.parley.protocol.Stanza;

/**
 * Something that owns a whole domain besides user accounts: a chat service on a chat node alias, or
 * the federation connection manager for remote domains.
 */
@FunctionalInterface
public interface DomainService {

  /** Takes responsibility for a stanza addressed to the service's domain. */
  void accept(Stanza stanza);
}
