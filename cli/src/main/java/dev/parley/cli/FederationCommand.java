package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code federation}: the XMPP federation commands' parent; alone it only explains itself. */
@Command(
    name = "federation",
    mixinStandardHelpOptions = true,
    description =
        "XMPP federation: settings (Presence > Inter Domain Federation > XMPP Federation >"
            + " Settings), per-node on/off and live server-to-server streams.")
final class FederationCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: settings, nodes, enable, disable or sessions");
  }
}
