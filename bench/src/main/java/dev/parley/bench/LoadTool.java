package dev.parley.bench;

import dev.parley.bench.compare.CompareCommand;
import dev.parley.bench.compare.SoakCommand;
import dev.parley.bench.load.C2sCommand;
import dev.parley.bench.load.FederationCommand;
import dev.parley.bench.load.NodesCommand;
import dev.parley.bench.load.SetupCommand;
import io.netty.util.ResourceLeakDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./parley bench load}: the load tool's entry point. The subcommands are in {@link
 * dev.parley.bench.load}; docs/PERFORMANCE.md ("Load tool") shows how to use them.
 */
@Command(
    name = "parley bench load",
    mixinStandardHelpOptions = true,
    subcommands = {
      SetupCommand.class,
      C2sCommand.class,
      FederationCommand.class,
      NodesCommand.class,
      CompareCommand.class,
      SoakCommand.class,
      CommandLine.HelpCommand.class
    },
    description = {
      "Load generator for XMPP servers: lightweight clients (STARTTLS, SASL, bind, presence) send"
          + " stamped chat messages and measure throughput, loss and end-to-end latency.",
      "Typical use: nodes (or your own servers), then setup (Parley accounts), then c2s or"
          + " federation. See docs/PERFORMANCE.md."
    })
public final class LoadTool {
  private LoadTool() {}

  /** Runs the command line and exits with its code (0 ok, 1 loss or failure, 2 usage). */
  public static void main(String[] args) {
    // Netty's leak detector walks the stack for a sample of buffers: a millisecond-scale stall in
    // the tool's own event loop, which would show up as the server's latency.
    if (System.getProperty("io.netty.leakDetection.level") == null) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }
    System.exit(commandLine().execute(args));
  }

  /** The command line, for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new LoadTool())
        .setExecutionExceptionHandler(
            (e, commandLine, parsed) -> {
              commandLine.getErr().println("parley bench load: " + e.getMessage());
              return 1;
            });
  }
}
