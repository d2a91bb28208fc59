package dev.parley.bench.load;

import dev.parley.testkit.peers.SecurityMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nodes}: runs benchmark servers in the foreground until the process is stopped. */
@Command(
    name = "nodes",
    mixinStandardHelpOptions = true,
    description = {
      "Starts benchmark servers and keeps them running until Ctrl-C or SIGTERM: dnsmasq on "
          + BenchNodes.DNS_ADDRESS
          + ":53, Parley a.test (c2s 127.0.0.1:"
          + BenchNodes.A_C2S
          + ") and as its peer Parley b.test (c2s 127.0.0.1:"
          + BenchNodes.B_C2S
          + ") or Prosody prosody.test (c2s "
          + BenchNodes.PROSODY_ADDRESS
          + ":"
          + BenchNodes.PROSODY_C2S
          + "), with certificates from a generated CA (<dir>/trust/ca.pem), accounts"
          + " <prefix>0 .. <prefix><count-1> on each domain, and <dir>/bench.env naming all of it.",
      "Needs root (dnsmasq on port 53, Prosody) and the testkit's tools (dnsmasq, prosody)."
    })
public final class NodesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--peer",
      defaultValue = "PARLEY",
      description = "PARLEY or PROSODY (default: ${DEFAULT-VALUE}).")
  BenchNodes.Peer peer;

  @Option(
      names = "--mode",
      defaultValue = "TLS_REQUIRED",
      description =
          "Federation security: NO_TLS, TLS_OPTIONAL, TLS_REQUIRED (strict certificates and SASL EXTERNAL) (default: ${DEFAULT-VALUE}).")
  SecurityMode mode;

  @Option(
      names = "--count",
      defaultValue = "50",
      description = "Accounts per domain (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--prefix",
      defaultValue = "load",
      description = "Account prefix (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(
      names = "--password",
      defaultValue = "load-secret",
      description = "Account password (default: ${DEFAULT-VALUE}).")
  String password;

  @Option(names = "--dir", description = "Working directory (default: a new temporary one).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path work =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("parley-bench");
    BenchNodes nodes =
        BenchNodes.start(work, mode, peer, new Accounts("a.test", prefix, 0, count, password));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  nodes.close();
                  stopped.countDown();
                }));
    spec.commandLine().getOut().println("ready: " + work.resolve("bench.env"));
    spec.commandLine().getOut().println(Files.readString(work.resolve("bench.env")));
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
