package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.ClientSettings;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.TlsPolicy;
import dev.parley.bench.load.Trust;
import dev.parley.bench.selftest.EchoEndpoint;
import dev.parley.testkit.pki.TestCa;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak end to end against the self-test's echo endpoint (a JVM: this one): real clients log in
 * over STARTTLS and SCRAM-SHA-1, are held with keepalives and readings (jcmd on this process), and
 * all answer the closing ping.
 */
class SoakIT {

  @Test
  void holdsSessionsReadsTheServerAndPingsEveryOne(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("Soak IT CA");
    Path caPem = ca.writeCaTo(dir.resolve("ca.pem"));
    SoakSettings settings =
        new SoakSettings(
            30,
            Duration.ofSeconds(2),
            Duration.ofMillis(500),
            2,
            8,
            0,
            Duration.ofMillis(300),
            Duration.ofMinutes(1));
    StringWriter printed = new StringWriter();
    try (EchoEndpoint echo =
        EchoEndpoint.start(
            ServerSetup.DOMAIN,
            "127.0.0.1",
            ca.issue(ServerSetup.DOMAIN),
            Workload.PASSWORD,
            ServerSetup.SCRAM_ITERATIONS)) {
      ClientSettings client =
          new ClientSettings(
              echo.c2s(),
              TlsPolicy.REQUIRED,
              Trust.context(Optional.of(caPem)),
              "SCRAM-SHA-1",
              "soak",
              Duration.ofSeconds(20));
      Side side =
          new Side(client, new Accounts(ServerSetup.DOMAIN, "load", 0, 30, Workload.PASSWORD));
      SoakReport report =
          new SoakRun(echo, side, settings, new PrintWriter(printed)).run(List.of("IT run"));

      assertThat(report.loggedIn()).isEqualTo(30);
      assertThat(report.drops()).isZero();
      assertThat(report.ping().sent()).isEqualTo(30);
      assertThat(report.ping().answered()).isEqualTo(30);
      assertThat(report.clean()).isTrue();
      assertThat(report.samples()).hasSize(5);
      assertThat(report.samples()).allSatisfy(s -> assertThat(s.connected()).isEqualTo(30));
      assertThat(report.samples().getFirst().collected()).isTrue();
      assertThat(report.samples().getLast().collected()).isTrue();
      assertThat(report.samples()).allSatisfy(s -> assertThat(s.heap().usedBytes()).isPositive());
      assertThat(report.loginRate()).isPositive();
    }
    assertThat(printed.toString()).contains("30 sessions logged in").contains("pings answered: 30");
  }
}
