package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Accounts;
import dev.parley.testkit.peers.SecurityMode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FederationTest {

  @Test
  void eachDomainHasAnSrvRecordToItsOwnAddress() {
    assertThat(Federation.records().configLines())
        .contains(
            "srv-host=_xmpp-server._tcp.a.s2s.test,a.s2s.test,15269,0,5",
            "srv-host=_xmpp-server._tcp.b.s2s.test,b.s2s.test,15269,0,5")
        .anySatisfy(line -> assertThat(line).contains("a.s2s.test").contains("127.0.90.1"))
        .anySatisfy(line -> assertThat(line).contains("b.s2s.test").contains("127.0.90.2"));
    assertThat(Federation.address(Federation.DOMAIN_B)).isEqualTo(Federation.ADDRESS_B);
  }

  @Test
  void parleysFederatedConfigHostsTheAccountsDomainAndAsksTheRunsDns() {
    ServerSetup setup =
        new ServerSetup(
            Path.of("/tmp/s2s"),
            Federation.ADDRESS_A,
            Federation.C2S_PORT,
            Federation.ADMIN_PORT,
            0,
            new Accounts(Federation.DOMAIN_A, "load", 0, 3, "pw"),
            Path.of("/tmp/s2s/cert.pem"),
            Path.of("/tmp/s2s/key.pem"),
            Duration.ofSeconds(5));
    String yaml = ParleyConfig.renderFederated(setup, Path.of("/tmp/trust"), SecurityMode.NO_TLS);
    assertThat(yaml)
        .contains("- name: a.s2s.test")
        .contains("s2s: {address: 127.0.90.1, port: 15269}")
        .contains("dns-resolvers: [\"127.0.90.53:53\"]")
        .contains("security-mode: NO_TLS")
        .contains("trust-directory: /tmp/trust")
        .contains("tls-required: true");
  }

  @Test
  void theTlsVariantAsksParleyForTlsRequiredWithItsStrictDefaults() {
    ServerSetup setup =
        new ServerSetup(
            Path.of("/tmp/s2s"),
            Federation.ADDRESS_B,
            Federation.C2S_PORT,
            Federation.ADMIN_PORT,
            1,
            new Accounts(Federation.DOMAIN_B, "load", 0, 3, "pw"),
            Path.of("/tmp/s2s/cert.pem"),
            Path.of("/tmp/s2s/key.pem"),
            Duration.ofSeconds(5));
    String yaml =
        ParleyConfig.renderFederated(setup, Path.of("/tmp/trust"), SecurityMode.TLS_REQUIRED);
    assertThat(yaml)
        .contains("security-mode: TLS_REQUIRED")
        .doesNotContain("require-valid-certificates: false")
        .doesNotContain("sasl-external");
    assertThat(Federation.MODES).containsExactly(SecurityMode.NO_TLS, SecurityMode.TLS_REQUIRED);
  }

  @Test
  void metricNamesSayBothDirectionsAndTheLinksMode() {
    assertThat(S2sWorkload.maxMetric(SecurityMode.NO_TLS))
        .isEqualTo("s2s msg/s both directions (max, dialback, no TLS)");
    assertThat(S2sWorkload.maxMetric(SecurityMode.TLS_REQUIRED))
        .isEqualTo("s2s msg/s both directions (max, TLS required, strict certificates)");
    assertThat(S2sWorkload.p99Metric(SecurityMode.NO_TLS, 1000))
        .isEqualTo("s2s p99 ms at 1000 msg/s both directions (dialback, no TLS)");
    assertThat(S2sWorkload.accounts(50)).isEqualTo(100);
  }

  @Test
  void aCpuWindowOverTwoProcessesIsZeroUntilItCloses() {
    long self = ProcessHandle.current().pid();
    CpuWindow window = new CpuWindow(self, self);
    assertThat(window.seconds()).isZero();
    window.opened();
    long spin = 0;
    for (long end = System.nanoTime() + 50_000_000; System.nanoTime() < end; ) {
      spin++;
    }
    window.closed();
    assertThat(spin).isPositive();
    assertThat(window.seconds()).isGreaterThanOrEqualTo(0);
  }
}
