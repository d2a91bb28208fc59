package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code user}: the account commands' parent; alone it only explains itself. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manages accounts on the running node.")
final class UserCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: add, delete, passwd, list, set-email, import, disable or enable");
  }
}
