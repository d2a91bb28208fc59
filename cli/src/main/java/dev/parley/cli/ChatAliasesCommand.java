package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chat aliases}: the parent of list, add and remove. */
@Command(
    name = "aliases",
    mixinStandardHelpOptions = true,
    description = {
      "Chat node aliases: each is a domain served by a multi-user chat service.",
      "Changes apply at once; no restart is needed."
    })
final class ChatAliasesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: list, add or remove");
  }
}
