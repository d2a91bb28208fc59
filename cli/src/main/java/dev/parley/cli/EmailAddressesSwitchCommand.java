package dev.parley.cli;

import dev.parley.admin.model.EmailAddressesUpdate;
import dev.parley.admin.model.EmailAddressesView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code federation email-addresses enable|disable}: stores the switch, then prints the setting,
 * the subscriptions that must be made again under the new address, and the restarts to run.
 */
abstract class EmailAddressesSwitchCommand extends AdminCommand {
  private final boolean on;

  EmailAddressesSwitchCommand(Terminal terminal, boolean on) {
    super(terminal);
    this.on = on;
  }

  @Override
  int run(AdminClient client) {
    EmailAddressesView view =
        client.put(
            EmailAddressesPayloads.PATH, new EmailAddressesUpdate(on), EmailAddressesPayloads.VIEW);
    PrintWriter out = out();
    out.println("email addresses for XMPP federation turned " + (on ? "on" : "off"));
    EmailAddressesPayloads.print(view, out);
    out.println();
    out.println(
        on
            ? "federated contacts now see these users by email address; they must subscribe again:"
            : "federated contacts now see these users by JID again; they must subscribe again:");
    EmailAddressesPayloads.print(
        client.get(EmailAddressesPayloads.PATH + "/impact", EmailAddressesPayloads.IMPACT), out);
    out.println();
    PendingRestarts.print(client, out);
    return 0;
  }

  /** {@code enable}. */
  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Turns on email addresses for XMPP federation (at the next Router restart).")
  static final class Enable extends EmailAddressesSwitchCommand {
    Enable(Terminal terminal) {
      super(terminal, true);
    }
  }

  /** {@code disable}. */
  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Turns off email addresses for XMPP federation (at the next Router restart).")
  static final class Disable extends EmailAddressesSwitchCommand {
    Disable(Terminal terminal) {
      super(terminal, false);
    }
  }
}
