package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import java.net.InetAddress;
import java.util.List;

/** Finds where a remote domain's server listens: SRV records, then A/AAAA on port 5269. */
public interface RemoteResolver {

  /** Blocks on DNS: call it off event loops (virtual threads). */
  Resolution resolve(DomainJid domain);

  /**
   * The IPv4 and IPv6 addresses of an SRV target, through the same resolver (the JVM's own lookup
   * would bypass the configured DNS server); empty when there are none.
   */
  List<InetAddress> addresses(String host);
}
