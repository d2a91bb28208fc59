package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.DurationConverter;
import dev.parley.bench.load.Trust;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: every workload against every server, written into docs/PERFORMANCE.md. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Parley, Prosody and ejabberd one after the other from scratch (TLS, SCRAM-SHA-1 at"
          + " 4096 iterations, server pinned to one core, the tool to another), runs every workload"
          + " against each, 3 times (--quick: once, small sizes), and writes the medians into the"
          + " report file between its compare markers.",
      "Needs root (Prosody and ejabberd run as root in the foreground), the Debian packages"
          + " prosody and ejabberd, and the built distribution (dist/target/parley)."
    })
public final class CompareCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(CompareCommand.class);

  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "One run with small sizes (about 2 minutes).")
  boolean quick;

  @Option(names = "--runs", description = "Runs per server (default: 3, or 1 with --quick).")
  Integer runs;

  @Option(
      names = "--servers",
      split = ",",
      defaultValue = "PARLEY,PROSODY,EJABBERD",
      description = "Servers to compare (default: ${DEFAULT-VALUE}).")
  List<ServerKind> servers;

  @Option(
      names = "--workloads",
      split = ",",
      defaultValue = "login,idle,chat,presence,muc,s2s",
      description = "Workloads to run (default: ${DEFAULT-VALUE}).")
  List<String> workloads;

  @Option(
      names = "--report",
      defaultValue = "docs/PERFORMANCE.md",
      description = "Page to write the tables into (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--no-report", description = "Print only; leave the report file alone.")
  boolean noReport;

  @Option(
      names = "--parley-home",
      defaultValue = "dist/target/parley",
      description = "The Parley distribution (default: ${DEFAULT-VALUE}).")
  Path parleyHome;

  @Option(
      names = "--jfr",
      description = "Write a JFR recording of each Parley run into this directory.")
  Path jfr;

  @Option(names = "--server-core", defaultValue = "0", description = "Core for the servers.")
  int serverCore;

  @Option(names = "--tool-core", defaultValue = "1", description = "Core for the load tool.")
  int toolCore;

  @Option(
      names = "--muc-occupants",
      description = "Occupants of the muc workload's one room (default: 200, or 20 with --quick).")
  Integer mucOccupants;

  @Option(
      names = "--warmup",
      converter = DurationConverter.class,
      description =
          "Parley's warm-up before each measured window (default: 10s, or 1s with --quick).")
  Duration warmup;

  @Option(
      names = "--peer-warmup",
      converter = DurationConverter.class,
      description = "Prosody's and ejabberd's warm-up (default: 2s, or 1s with --quick).")
  Duration peerWarmup;

  @Option(
      names = "--self-test",
      description =
          "Only the tool's own ceiling: login and chat against an in-process echo endpoint.")
  boolean selfTestOnly;

  @Option(
      names = "--no-self-test",
      description =
          "Skip the self-test a comparison runs first (the report then states no ceiling).")
  boolean noSelfTest;

  @Option(names = "--note", description = "A line about the conditions, printed in the report.")
  String note;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Sizes defaults = quick ? Sizes.quick() : Sizes.full();
    Sizes sizes = mucOccupants == null ? defaults : defaults.withMucOccupants(mucOccupants);
    Warmups warmups = (quick ? Warmups.quick() : Warmups.full()).override(warmup, peerWarmup);
    int runCount = runs != null ? runs : quick ? 1 : 3;
    Pinning.pinSelf(toolCore);
    String loadBefore = Machine.loadAverage();
    Path work = Files.createTempDirectory("parley-compare");
    TestCa ca = TestCa.create("Parley Bench CA");
    Path caPem = ca.writeCaTo(Files.createDirectories(work.resolve("trust")).resolve("ca.pem"));
    IssuedCertificate certificate = ca.issue(ServerSetup.DOMAIN);
    IssuedCertificate.PemFiles tls = certificate.writeTo(work, ServerSetup.DOMAIN);
    SSLContext context = Trust.context(Optional.of(caPem));
    Outcomes outcomes = new Outcomes();
    long started = System.nanoTime();
    if (selfTestOnly || !noSelfTest) {
      Workload.Context selfContext =
          new Workload.Context(sizes.withWarmup(warmups.selfTest()), context, 0);
      List<Result> ceiling = new SelfTest(certificate, selfContext, serverCore).run(out);
      ceiling.forEach(outcomes::ceiling);
      if (selfTestOnly) {
        return ceiling.stream().allMatch(r -> r.lost() == 0 && r.errors() == 0) ? 0 : 1;
      }
    }
    for (int run = 0; run < runCount; run++) {
      for (ServerKind kind : servers) {
        ServerSetup setup = setup(kind, run, work, sizes, tls);
        new ServerRun(
                kind,
                setup,
                new Workload.Context(warmups.apply(sizes, kind), context, run),
                outcomes,
                out)
            .run(
                selected(), parleyHome, jfr == null ? null : jfr.resolve("parley-" + run + ".jfr"));
      }
      if (workloads.contains(S2sWorkload.NAME)) {
        S2sRun s2s = new S2sRun(ca, caPem, new int[] {serverCore, toolCore}, parleyHome, jfr);
        for (ServerKind kind : servers) {
          s2s.run(
              kind,
              work,
              new Workload.Context(warmups.apply(sizes, kind), context, run),
              outcomes,
              out);
        }
      }
    }
    double minutes = (System.nanoTime() - started) / 60e9;
    List<String> conditions =
        new ArrayList<>(
            Machine.conditions(
                quick, runCount, sizes, loadBefore, Machine.loadAverage(), minutes, note));
    conditions.add(warmups.describe());
    write(Report.render(outcomes, conditions), out);
    return outcomes.clean() ? 0 : 1;
  }

  private void write(String section, PrintWriter out) throws IOException {
    out.println(section);
    if (!noReport) {
      String page = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
      Files.writeString(report, Report.splice(page, section), StandardCharsets.UTF_8);
      LOG.info("wrote {}", report);
    }
    out.flush();
  }

  private ServerSetup setup(
      ServerKind kind, int run, Path work, Sizes sizes, IssuedCertificate.PemFiles tls)
      throws IOException {
    return new ServerSetup(
        Files.createDirectories(work.resolve(kind.name().toLowerCase() + "-" + run)),
        kind.address(),
        15222,
        15280,
        serverCore,
        new Accounts(ServerSetup.DOMAIN, "load", 0, sizes.accounts(), Workload.PASSWORD),
        tls.chain(),
        tls.key(),
        Duration.ofSeconds(60));
  }

  private List<Workload> selected() {
    List<Workload> all = Workload.all();
    for (String name : workloads) {
      if (!name.equals(S2sWorkload.NAME) && all.stream().noneMatch(w -> w.name().equals(name))) {
        throw new IllegalArgumentException("unknown workload " + name);
      }
    }
    return all.stream().filter(w -> workloads.contains(w.name())).toList();
  }

  /** Today's date for the report. */
  static String today() {
    return LocalDate.now().toString();
  }

  /** The working directory's files are kept for inspection; this only says where. */
  static String describe(Path work) throws IOException {
    return work.toRealPath().toString();
  }
}
