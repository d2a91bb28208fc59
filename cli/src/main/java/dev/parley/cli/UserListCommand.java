package dev.parley.cli;

import dev.parley.admin.model.UserView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user list [DOMAIN]}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists accounts in JID order, all of them or those of one domain.")
final class UserListCommand extends AdminCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DOMAIN", description = "Only this domain.")
  String domain;

  UserListCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    String path =
        domain == null ? "/api/users" : "/api/users?domain=" + AdminClient.segment(domain);
    List<UserView> users = client.get(path, Payloads.USERS);
    if (users.isEmpty()) {
      out().println(domain == null ? "no accounts" : "no accounts in " + domain);
      return 0;
    }
    Table table = new Table("JID", "ADMIN", "DISABLED", "EMAIL", "CREATED");
    for (UserView user : users) {
      table.add(
          user.jid(),
          user.admin() ? "yes" : "no",
          user.disabled() ? "yes" : "no",
          Table.cell(user.email()),
          Table.cell(user.created()));
    }
    table.print(out());
    out().printf("%d account%s%n", users.size(), users.size() == 1 ? "" : "s");
    return 0;
  }
}
