package dev.parley.it;

import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.pki.IssuedCertificate;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code parley.yml} of a {@link PeerLab} node: the seed's modes as Parley runs them there,
 * strict certificates whenever TLS is on and SASL EXTERNAL only in TLS Required, so that TLS
 * Optional authenticates by dialback over TLS.
 */
record PeerLabYaml(PeerLab.Plan plan, SecurityMode mode, Path caFile, Dnsmasq dns) {
  private static final int S2S_PORT = 25269;

  /** The file's text; {@code certificates} are the node's own, then one per email domain. */
  String render(List<IssuedCertificate.PemFiles> certificates) {
    IssuedCertificate.PemFiles own = certificates.get(0);
    StringBuilder yaml =
        new StringBuilder(
            """
            node: {name: node-%1$s}
            domains:
              - name: %2$s
                certificate: %3$s
                key: %4$s
            listeners:
              c2s: {address: %5$s, port: 0}
              c2s-direct-tls: {enabled: false}
              admin: {address: %5$s, port: 0}
              s2s: {address: %5$s, port: %6$d}
            federation:
              trust-directory: %7$s
              dns-resolvers: ["%8$s"]
            """
                .formatted(
                    plan.name(),
                    plan.parleyDomain(),
                    own.chain(),
                    own.key(),
                    plan.address(1),
                    S2S_PORT,
                    caFile.getParent(),
                    dns.hostPort()));
    if (!plan.emailDomains().isEmpty()) {
      yaml.append("  email-domains:\n");
      for (int i = 0; i < plan.emailDomains().size(); i++) {
        IssuedCertificate.PemFiles files = certificates.get(i + 1);
        yaml.append(
            """
                - name: %s
                  certificate: %s
                  key: %s
            """
                .formatted(plan.emailDomains().get(i), files.chain(), files.key()));
      }
    }
    yaml.append(
        """
          initial:
            enabled: true
            security-mode: %s
            dialback-secret: a-long-dialback-secret-for-%s
        """
            .formatted(mode.name(), plan.name()));
    if (mode.usesTls()) {
      yaml.append(
          """
              require-valid-certificates: true
              sasl-external-incoming: %1$s
              sasl-external-outbound: %1$s
          """
              .formatted(mode == SecurityMode.TLS_REQUIRED));
    }
    return yaml.toString();
  }
}
