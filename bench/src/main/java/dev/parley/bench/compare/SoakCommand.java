package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.ClientSettings;
import dev.parley.bench.load.DurationConverter;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.TlsPolicy;
import dev.parley.bench.load.Trust;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soak}: many idle TLS sessions held on one Parley node, its memory read as they stay. */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Parley from the distribution on a fresh data directory (pinned to one core, its own"
          + " loopback address), imports the accounts, logs in N sessions (STARTTLS, SCRAM-SHA-1,"
          + " bind, presence) from source addresses 127.0.0.2-251, holds them with a whitespace"
          + " keepalive, and every interval reads the sessions still connected, the server's heap"
          + " (jcmd GC.heap_info, after a full GC at the first, last and every --gc-every-th"
          + " reading), RSS and CPU (/proc) and the tool's RSS; at the end it pings a sample of"
          + " the sessions. Exit code 0 only when every session logged in, none dropped and every"
          + " ping was answered.",
      "The server's JVM gets -Xmx from --server-max-heap (default 2g), checked once it runs; the"
          + " tool's own heap is set on its command line. Both processes need an open-files limit"
          + " above the session count (ulimit -n). See docs/PERFORMANCE.md."
    })
public final class SoakCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sessions", defaultValue = "100000", description = "Sessions to hold.")
  int sessions;

  @Option(
      names = "--hold",
      defaultValue = "10m",
      converter = DurationConverter.class,
      description = "How long to hold them once all are in (default: ${DEFAULT-VALUE}).")
  Duration hold;

  @Option(
      names = "--sample",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Interval between readings (default: ${DEFAULT-VALUE}).")
  Duration sample;

  @Option(
      names = "--gc-every",
      defaultValue = "4",
      description = "Full GC before every n-th reading, besides the first and last.")
  int gcEvery;

  @Option(names = "--parallel", defaultValue = "64", description = "Logins in flight at once.")
  int parallel;

  @Option(
      names = "--ping-sample",
      defaultValue = "1000",
      description = "Sessions pinged at the end (0: all).")
  int pingSample;

  @Option(
      names = "--keepalive",
      defaultValue = "5m",
      converter = DurationConverter.class,
      description = "Whitespace keepalive per session; below the server's c2s.idle-timeout (10m).")
  Duration keepalive;

  @Option(
      names = "--max-ramp",
      defaultValue = "60m",
      converter = DurationConverter.class,
      description = "Give up when the logins take longer than this.")
  Duration maxRamp;

  @Option(names = "--address", defaultValue = "127.0.100.1", description = "Server address.")
  String address;

  @Option(names = "--c2s-port", defaultValue = "25222", description = "Server c2s port.")
  int c2sPort;

  @Option(
      names = "--admin-port",
      defaultValue = "25280",
      description = "Admin API port (the port after it is the unused s2s listener).")
  int adminPort;

  @Option(
      names = "--parley-home",
      defaultValue = "dist/target/parley",
      description = "The Parley distribution (default: ${DEFAULT-VALUE}).")
  Path parleyHome;

  @Option(names = "--server-core", defaultValue = "0", description = "Core for the server.")
  int serverCore;

  @Option(
      names = "--tool-core",
      defaultValue = "1",
      description = "Core for the tool; -1 leaves it unpinned.")
  int toolCore;

  @Option(
      names = "--server-max-heap",
      defaultValue = "2g",
      description = "The server's -Xmx (e.g. 2g), checked once it runs; 'any' leaves the JVM's.")
  String serverMaxHeap;

  @Option(names = "--json", description = "Also write the results as JSON to this file.")
  Path json;

  @Option(names = "--note", description = "A line about the conditions, printed in the report.")
  String note;

  @Override
  public Integer call() throws Exception {
    SoakSettings settings =
        new SoakSettings(sessions, hold, sample, gcEvery, parallel, pingSample, keepalive, maxRamp);
    checkOpenFiles(sessions, Files.readString(Path.of("/proc/self/limits")));
    PrintWriter out = spec.commandLine().getOut();
    if (toolCore >= 0) {
      Pinning.pinSelf(toolCore);
    }
    String loadBefore = Machine.loadAverage();
    Path work = Files.createTempDirectory("parley-soak");
    TestCa ca = TestCa.create("Parley Soak CA");
    Path caPem = ca.writeCaTo(work.resolve("ca.pem"));
    IssuedCertificate.PemFiles tls = ca.issue(ServerSetup.DOMAIN).writeTo(work, ServerSetup.DOMAIN);
    SSLContext context = Trust.context(Optional.of(caPem));
    Accounts accounts =
        new Accounts(ServerSetup.DOMAIN, "load", 0, settings.sessions(), Workload.PASSWORD);
    ServerSetup setup =
        new ServerSetup(
            Files.createDirectories(work.resolve("parley")),
            address,
            c2sPort,
            adminPort,
            serverCore,
            accounts,
            tls.chain(),
            tls.key(),
            Duration.ofSeconds(60));
    out.printf(Locale.ROOT, "starting Parley in %s, importing %d accounts%n", work, sessions);
    out.flush();
    long started = System.nanoTime();
    List<String> jvmOptions =
        serverMaxHeap.equalsIgnoreCase("any") ? List.of() : List.of("-Xmx" + serverMaxHeap);
    try (ParleyServer server =
        ParleyServer.start(setup, parleyHome, null, ParleyConfig.render(setup), jvmOptions)) {
      double startSeconds = (System.nanoTime() - started) / 1e9;
      long maxHeap = HeapInfo.maxHeapBytes(server.pid());
      checkMaxHeap(serverMaxHeap, maxHeap);
      ClientSettings client =
          new ClientSettings(
              server.c2s(),
              TlsPolicy.REQUIRED,
              context,
              "SCRAM-SHA-1",
              "soak",
              Duration.ofSeconds(60));
      List<String> conditions = conditions(server, settings, maxHeap, startSeconds, loadBefore);
      SoakReport report =
          new SoakRun(server, new Side(client, accounts), settings, out).run(conditions);
      out.print(report.table());
      out.printf(Locale.ROOT, "load average after: %s%n", Machine.loadAverage());
      out.flush();
      if (json != null) {
        Files.writeString(json, report.json(), StandardCharsets.UTF_8);
      }
      return report.clean() ? 0 : 1;
    }
  }

  private List<String> conditions(
      ParleyServer server,
      SoakSettings settings,
      long maxHeap,
      double startSeconds,
      String loadBefore) {
    return List.of(
        String.format(
            Locale.ROOT,
            "Run %s, %s; load average before %s%s",
            CompareCommand.today(),
            server.software(),
            loadBefore,
            note == null ? "" : "; " + note),
        String.format(
            Locale.ROOT,
            "Server: JDK %s, -XX:+UseZGC, max heap %d MiB, pinned to core %d, started and %d"
                + " accounts imported in %.1f s; tool on core %s",
            System.getProperty("java.vm.version"),
            maxHeap >> 20,
            serverCore,
            settings.sessions(),
            startSeconds,
            toolCore < 0 ? "any" : Integer.toString(toolCore)),
        String.format(
            Locale.ROOT,
            "Sessions: %d, STARTTLS + SCRAM-SHA-1 (4096 iterations) + bind + presence, %d logins"
                + " in flight; hold %s, reading every %s (full GC every %d readings), whitespace"
                + " keepalive every %s per session",
            settings.sessions(),
            settings.parallel(),
            settings.hold(),
            settings.sample(),
            settings.gcEvery(),
            settings.keepalive()));
  }

  /**
   * Refuses a run the open-files limit cannot hold: every session is a socket in the tool and one
   * in the server, which inherits the tool's limit; 200 more cover jars, logs and the database.
   */
  static void checkOpenFiles(int sessions, String limits) {
    for (String line : limits.split("\n")) {
      if (line.startsWith("Max open files")) {
        String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
        if (!soft.equals("unlimited") && Long.parseLong(soft) < sessions + 200L) {
          throw new IllegalStateException(
              "the open-files limit ("
                  + soft
                  + ") is below "
                  + sessions
                  + " sessions + 200: raise it with ulimit -n (needs CAP_SYS_RESOURCE above the"
                  + " hard limit) or use fewer sessions");
        }
        return;
      }
    }
  }

  /** Fails unless the server runs with the heap limit the run is about ({@code any}: no check). */
  static void checkMaxHeap(String expected, long actualBytes) {
    if (expected.equalsIgnoreCase("any")) {
      return;
    }
    long wanted = size(expected);
    if (wanted != actualBytes) {
      throw new IllegalStateException(
          "the server runs with a max heap of "
              + (actualBytes >> 20)
              + " MiB, not "
              + expected
              + " (is -Xmx overridden by JAVA_TOOL_OPTIONS or _JAVA_OPTIONS in the environment?),"
              + " or pass --server-max-heap any");
    }
  }

  /** {@code 2g}, {@code 512m}, {@code 1048576k} or plain bytes. */
  static long size(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    int shift =
        switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          default -> 0;
        };
    String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
    try {
      return Long.parseLong(digits) << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size (2g, 512m): " + text, e);
    }
  }
}
