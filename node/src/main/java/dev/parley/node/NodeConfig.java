package dev.parley.node;

import dev.parley.c2s.C2sSettings;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code parley.yml} bootstraps. Every setting has a default (see dist/conf/parley.yml
 * for the documented sample).
 *
 * @param databaseUrl empty for the embedded H2 database under the data directory
 * @param c2sDirectTls empty when direct TLS (XEP-0368) is switched off
 */
public record NodeConfig(
    String nodeName,
    List<DomainConfig> domains,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    int databasePoolSize,
    ListenerConfig c2s,
    Optional<ListenerConfig> c2sDirectTls,
    ListenerConfig admin,
    C2sSettings c2sSettings,
    boolean registrationOpen,
    int offlineQuota,
    String logLevel,
    FederationBootstrap federation) {

  public NodeConfig {
    domains = List.copyOf(domains);
    if (domains.isEmpty()) {
      throw new ConfigException("setting 'domains': at least one hosted domain is needed");
    }
  }
}
