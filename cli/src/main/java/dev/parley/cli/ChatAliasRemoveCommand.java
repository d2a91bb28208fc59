package dev.parley.cli;

import dev.parley.admin.model.ChatAliasView;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat aliases remove <domain> [--confirm]}. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Removes a chat node alias and stops serving it at once.",
      "An alias with persistent rooms is removed only with --confirm: its rooms are destroyed"
          + " and their occupants told so."
    })
final class ChatAliasRemoveCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "DOMAIN", description = "The alias to remove.")
  String domain;

  @Option(names = "--confirm", description = "Destroy the alias's persistent rooms with it.")
  boolean confirm;

  ChatAliasRemoveCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    Optional<ChatAliasView> before =
        client.get(ChatPayloads.ALIASES, ChatPayloads.ALIAS_LIST).stream()
            .filter(a -> a.domain().equalsIgnoreCase(domain.strip()))
            .findFirst();
    // The node answers 409 with the room count and what would happen to them: shown as is.
    client.delete(
        ChatPayloads.ALIASES
            + "/"
            + AdminClient.segment(domain.strip())
            + (confirm ? "?confirm=true" : ""));
    int rooms = before.map(ChatAliasView::persistentRooms).orElse(0);
    out()
        .printf(
            "chat node alias %s removed%s%n",
            domain.strip(), rooms == 0 ? "" : "; " + rooms + " persistent rooms destroyed");
    out().flush();
    return 0;
  }
}
