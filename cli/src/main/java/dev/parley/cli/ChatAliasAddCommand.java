package dev.parley.cli;

import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.admin.model.ChatAliasView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat aliases add <domain> [--hidden] [--port N --address A]}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Adds a chat node alias and starts serving it at once.",
      "With --address and --port the alias has its own public address (the layout with one"
          + " public address per chat node); without them it is reached through the federation"
          + " node. Then run 'parley dns records' to see the records to publish."
    })
final class ChatAliasAddCommand extends AdminCommand {

  @Parameters(
      index = "0",
      paramLabel = "DOMAIN",
      description = "The alias, such as conference-2.example.com.")
  String domain;

  @Option(
      names = "--hidden",
      description = "New rooms are hidden (not listed in disco#items); default: public.")
  boolean hidden;

  @Option(names = "--address", paramLabel = "A", description = "The alias's own public IP address.")
  String address;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The alias's own public port, such as 25269.")
  Integer port;

  ChatAliasAddCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    ChatAliasView alias =
        client.post(
            ChatPayloads.ALIASES,
            new ChatAliasRequest(domain, hidden ? "hidden" : "public", address, port),
            ChatPayloads.ALIAS);
    out()
        .printf(
            "chat node alias %s added (new rooms %s, %s)%n",
            alias.domain(), alias.defaultRoomVisibility(), ChatAliasListCommand.endpoint(alias));
    out().println("publish its DNS records: parley dns records");
    out().flush();
    return 0;
  }
}
