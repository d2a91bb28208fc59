package dev.parley.bench.compare;

import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the s2s workload for one server software: two instances federated from scratch,
 * measured, stopped. A failure becomes a line of the report, not the end of the comparison.
 *
 * @param ca the run's CA
 * @param caPem its certificate, alone in its directory
 * @param cores A's core (the servers' core) and B's (shared with the tool: the machine has two)
 * @param parleyHome the Parley distribution
 */
record S2sRun(TestCa ca, Path caPem, int[] cores, Path parleyHome) {
  private static final Logger LOG = LoggerFactory.getLogger(S2sRun.class);

  void run(ServerKind kind, Path work, Workload.Context context, Outcomes outcomes, PrintWriter out)
      throws InterruptedException {
    String label = Report.name(kind) + "↔" + Report.name(kind) + " s2s (run " + context.run() + ")";
    try {
      Path dir =
          Files.createDirectories(
              work.resolve("s2s-" + kind.name().toLowerCase() + "-" + context.run()));
      FederatedServers.Plan plan =
          new FederatedServers.Plan(dir, ca, caPem, context.sizes().chatPairs(), cores, parleyHome);
      try (FederatedServers servers = FederatedServers.start(kind, plan)) {
        outcomes.software(kind, servers.a().software());
        for (Result result : S2sWorkload.run(servers, context)) {
          outcomes.add(kind, result);
          out.printf(
              Locale.ROOT,
              "run %d %-9s %-40s %12.2f  lost %d  errors %d  cpu/1000 %.3f%n",
              context.run(),
              kind,
              result.metric(),
              result.value(),
              result.lost(),
              result.errors(),
              result.cpuPerThousand());
          out.flush();
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} failed", label, e);
      outcomes.problem(label + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
