package dev.parley.node;

import dev.parley.federation.FederationLimits;
import dev.parley.federation.FederationSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The federation part of {@code parley.yml}: where the federation service listens, what it trusts,
 * which DNS server it asks, and the settings applied on first start (later changes go through the
 * admin API or CLI and are kept in the database).
 *
 * @param trustDirectory PEM files of the root CAs trusted for peer certificates
 * @param includeSystemCas also trust the JDK's public CAs (federation with public servers)
 * @param dnsResolvers "host:port" of DNS servers; empty for the system's resolvers
 * @param initiallyEnabled turn federation on for this node on first start
 * @param initialSettings applied on first start when the database has none
 * @param limits queue size and timeouts, hold-down cap, idle and connect timeouts, stanza size
 *     ({@code federation.limits.*})
 * @param bidi offer and use bidirectional server streams, XEP-0288 ({@code federation.bidi})
 */
public record FederationBootstrap(
    ListenerConfig s2s,
    Optional<ListenerConfig> s2sDirectTls,
    Optional<Path> trustDirectory,
    boolean includeSystemCas,
    List<String> dnsResolvers,
    boolean initiallyEnabled,
    Optional<FederationSettings> initialSettings,
    FederationLimits limits,
    boolean bidi) {

  public FederationBootstrap {
    dnsResolvers = List.copyOf(dnsResolvers);
  }
}
