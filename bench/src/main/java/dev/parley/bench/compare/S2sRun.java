package dev.parley.bench.compare;

import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the s2s workload for one server software: for each of {@link Federation#MODES}, two
 * instances federated from scratch, measured, stopped. A failure becomes a line of the report, not
 * the end of the comparison.
 *
 * @param ca the run's CA
 * @param caPem its certificate, alone in its directory
 * @param cores A's core (the servers' core) and B's (shared with the tool: the machine has two)
 * @param parleyHome the Parley distribution
 * @param jfr a directory for Parley's JFR recordings ({@code s2s-<mode>-<run>/<domain>.jfr}); null
 *     for none
 */
record S2sRun(TestCa ca, Path caPem, int[] cores, Path parleyHome, Path jfr) {
  private static final Logger LOG = LoggerFactory.getLogger(S2sRun.class);

  void run(ServerKind kind, Path work, Workload.Context context, Outcomes outcomes, PrintWriter out)
      throws InterruptedException {
    for (SecurityMode mode : Federation.MODES) {
      run(kind, mode, work, context, outcomes, out);
    }
  }

  private void run(
      ServerKind kind,
      SecurityMode mode,
      Path work,
      Workload.Context context,
      Outcomes outcomes,
      PrintWriter out)
      throws InterruptedException {
    String label =
        Report.name(kind)
            + "↔"
            + Report.name(kind)
            + " s2s "
            + S2sWorkload.label(mode)
            + " (run "
            + context.run()
            + ")";
    String name = "s2s-" + mode.name().toLowerCase(Locale.ROOT) + "-" + context.run();
    try {
      Path dir =
          Files.createDirectories(work.resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + name));
      Path recordings =
          jfr == null || kind != ServerKind.PARLEY
              ? null
              : Files.createDirectories(jfr.resolve(name));
      FederatedServers.Plan plan =
          new FederatedServers.Plan(
              dir,
              ca,
              caPem,
              S2sWorkload.accounts(context.sizes().chatPairs()),
              cores,
              parleyHome,
              mode,
              recordings);
      try (FederatedServers servers = FederatedServers.start(kind, plan)) {
        outcomes.software(kind, servers.a().software());
        for (Result result : S2sWorkload.run(servers, mode, context)) {
          outcomes.add(kind, result);
          out.printf(
              Locale.ROOT,
              "run %d %-9s %-60s %12.2f  lost %d  errors %d  cpu/1000 %.3f%n",
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
