package dev.parley.federation;

import dev.parley.protocol.DomainJid;

/** Finds where a remote domain's server listens: SRV records, then A/AAAA on port 5269. */
public interface RemoteResolver {

  /** Blocks on DNS: call it off event loops (virtual threads). */
  Resolution resolve(DomainJid domain);
}
