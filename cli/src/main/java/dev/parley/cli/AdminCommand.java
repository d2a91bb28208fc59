package dev.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to the node: it gets the connection options, connects, and runs against the
 * resulting client. Output goes through picocli's writers (never {@code System.out}).
 */
abstract class AdminCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Spec CommandSpec spec;

  private final Terminal terminal;

  AdminCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public final Integer call() {
    return run(connection.connect(terminal));
  }

  /** Does the work; returns the exit code, or throws {@link CliException}. */
  abstract int run(AdminClient client);

  final Terminal terminal() {
    return terminal;
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
