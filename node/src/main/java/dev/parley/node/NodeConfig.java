package dev.parley.node;

import dev.parley.c2s.C2sSettings;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code parley.yml} bootstraps. Every setting has a default (see dist/conf/parley.yml
 * for the documented sample).
 *
 * @param emailDomains domains used only as federated email addresses of local users (seed: "use the
 *     email address for XMPP federation"): served over federation, never to clients
 * @param databaseUrl empty for the embedded H2 database under the data directory
 * @param c2sDirectTls empty when direct TLS (XEP-0368) is switched off
 */
public record NodeConfig(
    String nodeName,
    List<DomainConfig> domains,
    List<DomainConfig> emailDomains,
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
    emailDomains = List.copyOf(emailDomains);
    for (DomainConfig email : emailDomains) {
      if (domains.stream().anyMatch(d -> d.domain().equals(email.domain()))) {
        throw new ConfigException(
            "setting 'federation.email-domains': "
                + email.domain()
                + " is a hosted domain; an email domain is served only over federation");
      }
    }
    if (domains.isEmpty()) {
      throw new ConfigException("setting 'domains': at least one hosted domain is needed");
    }
  }
}
