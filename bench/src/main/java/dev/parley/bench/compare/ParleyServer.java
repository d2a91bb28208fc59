package dev.parley.bench.compare;

import dev.parley.bench.load.AdminImport;
import dev.parley.bench.load.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Parley adapter: the distribution's {@code dev.parley.node.Main} (what {@code ./parley start}
 * runs, with the launcher's JVM flags) on a fresh data directory, accounts imported through the
 * admin API, Java heap read with {@code jcmd} after a full GC.
 */
final class ParleyServer implements BenchServer {
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)([KMG])");

  private final ServerProcess process;
  private final ServerSetup setup;
  private final Path parleyHome;

  private ParleyServer(ServerProcess process, ServerSetup setup, Path parleyHome) {
    this.process = process;
    this.setup = setup;
    this.parleyHome = parleyHome;
  }

  static ParleyServer start(ServerSetup setup, Path parleyHome, Path jfr)
      throws IOException, InterruptedException {
    return start(setup, parleyHome, jfr, ParleyConfig.render(setup));
  }

  /** Starts Parley with {@code yaml} as its configuration (the s2s workload's federated nodes). */
  static ParleyServer start(ServerSetup setup, Path parleyHome, Path jfr, String yaml)
      throws IOException, InterruptedException {
    return start(setup, parleyHome, jfr, yaml, List.of());
  }

  /** Starts Parley with {@code jvmOptions} (e.g. {@code -Xmx2g}) before the launcher's own. */
  static ParleyServer start(
      ServerSetup setup, Path parleyHome, Path jfr, String yaml, List<String> jvmOptions)
      throws IOException, InterruptedException {
    Path data = Files.createDirectories(setup.directory().resolve("data"));
    Path config = Files.writeString(setup.directory().resolve("parley.yml"), yaml);
    List<String> command =
        new ArrayList<>(
            List.of(javaBinary().toString(), "-XX:+UseZGC", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(jvmOptions);
    if (jfr != null) {
      command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    }
    command.addAll(
        List.of(
            "-cp",
            parleyHome.resolve("lib").toAbsolutePath() + "/*",
            "dev.parley.node.Main",
            "--config",
            config.toString(),
            "--data",
            data.toString()));
    ServerProcess process =
        ServerProcess.start(
            "parley",
            command,
            Map.of(),
            setup.directory(),
            setup.directory().resolve("parley.out"),
            setup.core());
    ParleyServer server = new ParleyServer(process, setup, parleyHome);
    try {
      process.awaitListening(
          new InetSocketAddress(setup.address(), setup.c2sPort()), setup.startTimeout());
      process.awaitListening(
          new InetSocketAddress(setup.address(), setup.adminPort()), setup.startTimeout());
      String token = readToken(data.resolve("admin.token"), process, setup);
      new AdminImport(URI.create("http://" + setup.address() + ":" + setup.adminPort()), token)
          .importAccounts(setup.accounts());
      return server;
    } catch (IOException | RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
  }

  /** The node writes its admin token once the admin API is up, maybe after the port opens. */
  private static String readToken(Path file, ServerProcess process, ServerSetup setup)
      throws IOException {
    long deadline = System.nanoTime() + setup.startTimeout().toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new IOException("Parley wrote no " + file + ":\n" + process.tail(30));
      }
      ServerProcess.pause(java.time.Duration.ofMillis(100));
    }
    String token = "";
    while (token.isEmpty() && System.nanoTime() < deadline) {
      token = Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    return token;
  }

  private static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  @Override
  public String software() {
    String version = "?";
    try (var files = Files.list(parleyHome.resolve("lib"))) {
      version =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("parley-node-"))
              .map(n -> n.substring("parley-node-".length(), n.length() - ".jar".length()))
              .findFirst()
              .orElse("?");
    } catch (IOException e) {
      // The version is decoration in the report.
    }
    return "Parley "
        + version
        + " ("
        + Versions.output("git", "rev-parse", "--short", "HEAD")
        + ")";
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public Endpoint c2s() {
    return new Endpoint(setup.accounts().domain(), setup.address(), setup.c2sPort());
  }

  @Override
  public boolean hasMuc() {
    return ParleyConfig.HAS_MUC;
  }

  @Override
  public String mucDomain() {
    return ParleyConfig.MUC_DOMAIN;
  }

  @Override
  public OptionalLong heapBytesAfterGc() throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    String pid = Long.toString(process.pid());
    run(jcmd, pid, "GC.run");
    return heapUsed(run(jcmd, pid, "GC.heap_info"));
  }

  /** The "used" figure of {@code jcmd GC.heap_info} (ZGC and G1 both print one), in bytes. */
  static OptionalLong heapUsed(String heapInfo) {
    Matcher m = HEAP_USED.matcher(heapInfo);
    if (!m.find()) {
      return OptionalLong.empty();
    }
    long value = Long.parseLong(m.group(1));
    int shift =
        switch (m.group(2)) {
          case "K" -> 10;
          case "M" -> 20;
          default -> 30;
        };
    return OptionalLong.of(value << shift);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  @Override
  public void close() {
    process.close();
  }
}
