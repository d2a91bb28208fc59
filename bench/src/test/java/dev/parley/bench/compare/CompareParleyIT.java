package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.Trust;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's smoke run of every workload against Parley (issue 7): the adapter starts a Parley node from
 * scratch in its own JVM, seconds per workload with small counts, and every workload delivers
 * something and loses nothing; then two Parley nodes federate for the s2s workload in both security
 * modes. The node runs from a distribution directory made of this test's class path (the {@code
 * dist} module builds after {@code bench}), so it is the code of this build.
 */
class CompareParleyIT {
  private static final Sizes TINY = TinySizes.TINY;

  @Test
  void everyWorkloadDeliversAndLosesNothingOnParley(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("Bench Parley IT CA");
    Path caPem = ca.writeCaTo(dir.resolve("ca.pem"));
    IssuedCertificate.PemFiles tls = ca.issue(ServerSetup.DOMAIN).writeTo(dir, ServerSetup.DOMAIN);
    ServerSetup setup =
        new ServerSetup(
            Files.createDirectories(dir.resolve("parley")),
            "127.0.0.87",
            15222,
            15280,
            0,
            new Accounts(ServerSetup.DOMAIN, "load", 0, TINY.accounts(), Workload.PASSWORD),
            tls.chain(),
            tls.key(),
            Duration.ofSeconds(60));
    Workload.Context context = new Workload.Context(TINY, Trust.context(Optional.of(caPem)), 0);
    List<Result> results = new ArrayList<>();
    try (BenchServer server = ServerKind.PARLEY.start(setup, distribution(dir), null)) {
      assertThat(server.software()).startsWith("Parley ");
      for (Workload workload : Workload.all()) {
        results.addAll(workload.run(server, context));
      }
    }
    // login, idle RSS and heap, chat max and two p99s, presence, muc max and p99
    assertThat(results).extracting(Result::metric).hasSize(9);
    assertThat(results).allSatisfy(r -> assertThat(r.lost()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.errors()).as(r.metric()).isZero());
    assertThat(results)
        .filteredOn(Result::higherIsBetter)
        .allSatisfy(r -> assertThat(r.value()).as(r.metric()).isPositive());
  }

  @Test
  void parleyToParleyDeliversEveryMessageInBothModes(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("Bench Parley s2s IT CA");
    Path caPem = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
    Workload.Context context = new Workload.Context(TINY, Trust.context(Optional.of(caPem)), 0);
    Outcomes outcomes = new Outcomes();
    new S2sRun(ca, caPem, new int[] {0, 1}, distribution(dir), null)
        .run(ServerKind.PARLEY, dir, context, outcomes, new PrintWriter(new StringWriter()));
    assertThat(outcomes.problems()).isEmpty();
    List<Result> results =
        outcomes.byMetric().values().stream()
            .flatMap(m -> m.getOrDefault(ServerKind.PARLEY, List.of()).stream())
            .toList();
    assertThat(results).hasSize(4);
    assertThat(results).allSatisfy(r -> assertThat(r.lost()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.errors()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.value()).as(r.metric()).isPositive());
  }

  /** A distribution directory whose {@code lib} holds the jars of this test's class path. */
  private static Path distribution(Path dir) throws IOException {
    Path lib = Files.createDirectories(dir.resolve("parley-home").resolve("lib"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = lib.resolve(jar.getFileName().toString());
      if (entry.endsWith(".jar") && Files.notExists(link)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return lib.getParent();
  }
}
