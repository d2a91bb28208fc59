package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code federation email-addresses show}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows the setting, whether this node applied it, and the email domains.")
final class EmailAddressesShowCommand extends AdminCommand {

  EmailAddressesShowCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    EmailAddressesPayloads.print(
        client.get(EmailAddressesPayloads.PATH, EmailAddressesPayloads.VIEW), out());
    return 0;
  }
}
