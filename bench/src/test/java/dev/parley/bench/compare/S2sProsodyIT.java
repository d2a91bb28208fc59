package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Trust;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.pki.TestCa;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The s2s workload's chain with two real Prosody instances: dnsmasq, both servers federating over
 * 127.0.90.x both ways at once, in NO_TLS mode and then with TLS required and strict certificates,
 * every message delivered.
 */
class S2sProsodyIT {
  private static final Sizes TINY =
      new Sizes(
          Duration.ofSeconds(1),
          2,
          20,
          5,
          200,
          400,
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          10,
          4,
          5);

  @Test
  void prosodyToProsodyDeliversEveryMessage(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("S2s IT CA");
    Path caPem = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
    Workload.Context context = new Workload.Context(TINY, Trust.context(Optional.of(caPem)), 0);
    Outcomes outcomes = new Outcomes();
    new S2sRun(ca, caPem, new int[] {0, 1}, dir, null)
        .run(ServerKind.PROSODY, dir, context, outcomes, new PrintWriter(new StringWriter()));
    assertThat(outcomes.problems()).isEmpty();
    List<Result> results =
        outcomes.byMetric().values().stream()
            .flatMap(m -> m.getOrDefault(ServerKind.PROSODY, List.of()).stream())
            .toList();
    assertThat(results)
        .extracting(Result::metric)
        .hasSize(4)
        .contains(
            S2sWorkload.maxMetric(SecurityMode.NO_TLS),
            S2sWorkload.maxMetric(SecurityMode.TLS_REQUIRED));
    assertThat(results).allSatisfy(r -> assertThat(r.lost()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.errors()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.value()).as(r.metric()).isPositive());
    assertThat(outcomes.software().get(ServerKind.PROSODY)).startsWith("Prosody 0.");
  }
}
