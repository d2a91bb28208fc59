package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dns}: the DNS commands' parent; alone it only explains itself. */
@Command(
    name = "dns",
    mixinStandardHelpOptions = true,
    description = "DNS: the records to publish so that clients and other servers find this one.")
final class DnsCommand implements Runnable {

  @Spec CommandSpec spec;

  /** {@code dns records}. */
  static CommandLine tree(Terminal terminal) {
    return new CommandLine(new DnsCommand()).addSubcommand(new DnsRecordsCommand(terminal));
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: records");
  }
}
