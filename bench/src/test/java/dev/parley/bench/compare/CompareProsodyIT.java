package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.Trust;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison's chain against a real Prosody, a few seconds per workload: the adapter starts it
 * from scratch with generated config and accounts, and every workload delivers something and loses
 * nothing.
 */
class CompareProsodyIT {
  private static final Sizes TINY = TinySizes.TINY;

  @Test
  void everyWorkloadDeliversAndLosesNothingOnProsody(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("Bench IT CA");
    Path caPem = ca.writeCaTo(dir.resolve("ca.pem"));
    IssuedCertificate.PemFiles tls = ca.issue(ServerSetup.DOMAIN).writeTo(dir, ServerSetup.DOMAIN);
    ServerSetup setup =
        new ServerSetup(
            Files.createDirectories(dir.resolve("prosody")),
            "127.0.0.86",
            15222,
            15280,
            0,
            new Accounts(ServerSetup.DOMAIN, "load", 0, TINY.accounts(), Workload.PASSWORD),
            tls.chain(),
            tls.key(),
            Duration.ofSeconds(30));
    Workload.Context context = new Workload.Context(TINY, Trust.context(Optional.of(caPem)), 0);
    List<Result> results = new ArrayList<>();
    try (BenchServer server = ServerKind.PROSODY.start(setup, dir, null)) {
      assertThat(server.software()).startsWith("Prosody 0.");
      for (Workload workload : Workload.all()) {
        results.addAll(workload.run(server, context));
      }
    }
    assertThat(results).extracting(Result::metric).hasSize(8);
    assertThat(results).allSatisfy(r -> assertThat(r.lost()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.errors()).as(r.metric()).isZero());
    assertThat(results)
        .filteredOn(Result::higherIsBetter)
        .allSatisfy(r -> assertThat(r.value()).as(r.metric()).isPositive());
    assertThat(results)
        .filteredOn(r -> r.metric().startsWith("chat msg/s"))
        .allSatisfy(r -> assertThat(r.serverCpuSeconds()).isPositive());
  }
}
