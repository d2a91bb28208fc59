package dev.parley.bench.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One server started from scratch and every selected workload run against it once. */
record ServerRun(
    ServerKind kind,
    ServerSetup setup,
    Workload.Context context,
    Outcomes outcomes,
    PrintWriter out) {
  private static final Logger LOG = LoggerFactory.getLogger(ServerRun.class);

  void run(List<Workload> workloads, Path parleyHome, Path jfr) throws InterruptedException {
    try (BenchServer server =
        kind.start(setup, parleyHome, kind == ServerKind.PARLEY ? jfr : null)) {
      outcomes.software(kind, server.software());
      Workload.Context current =
          new Workload.Context(
              context.sizes().withWarmup(Warmups.firstAfterStart(context.sizes().warmup())),
              context.tls(),
              context.run());
      for (Workload workload : workloads) {
        if (!workload.supports(server)) {
          outcomes.problem(
              Report.name(kind) + " " + workload.name() + ": not available (no MUC service yet)");
          continue;
        }
        runOne(server, workload, current);
        current = context;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} could not start or stop: {}", kind, e.getMessage());
      outcomes.problem(Report.name(kind) + ": " + firstLine(e.getMessage()));
    }
  }

  private void runOne(BenchServer server, Workload workload, Workload.Context workloadContext)
      throws InterruptedException {
    try {
      for (Result result : workload.run(server, workloadContext)) {
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
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} {} failed", kind, workload.name(), e);
      outcomes.problem(
          Report.name(kind)
              + " "
              + workload.name()
              + " (run "
              + context.run()
              + "): "
              + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}
