package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code federation email-addresses impact}. */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, for each local user with an email address, the federated contacts whose",
      "subscriptions were made under the other address and must subscribe again when the",
      "setting changes."
    })
final class EmailAddressesImpactCommand extends AdminCommand {

  EmailAddressesImpactCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    EmailAddressesPayloads.print(
        client.get(EmailAddressesPayloads.PATH + "/impact", EmailAddressesPayloads.IMPACT), out());
    return 0;
  }
}
