package dev.parley.server;

import dev.parley.protocol.DomainJid;
import java.util.Set;

/** Facts about this server every feature may read. */
public record ServerInfo(String name, String version, String nodeName, Set<DomainJid> domains) {

  public ServerInfo {
    domains = Set.copyOf(domains);
  }

  public boolean hosts(String domain) {
    for (DomainJid hosted : domains) {
      if (hosted.domain().equals(domain)) {
        return true;
      }
    }
    return false;
  }
}
