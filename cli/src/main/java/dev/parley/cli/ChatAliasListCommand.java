package dev.parley.cli;

import dev.parley.admin.model.ChatAliasView;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code chat aliases list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the chat node aliases, their room default and public address.")
final class ChatAliasListCommand extends AdminCommand {

  ChatAliasListCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    List<ChatAliasView> aliases = client.get(ChatPayloads.ALIASES, ChatPayloads.ALIAS_LIST);
    Table table = new Table("ALIAS", "NEW ROOMS", "PUBLIC ADDRESS", "PERSISTENT ROOMS");
    for (ChatAliasView alias : aliases) {
      table.add(
          alias.domain(),
          alias.defaultRoomVisibility(),
          endpoint(alias),
          Integer.toString(alias.persistentRooms()));
    }
    table.print(out());
    return 0;
  }

  /** The alias's own address and port, or how it is reached without one. */
  static String endpoint(ChatAliasView alias) {
    return alias.port() == null
        ? "via the federation node"
        : (alias.address().contains(":") ? "[" + alias.address() + "]" : alias.address())
            + ":"
            + alias.port();
  }
}
