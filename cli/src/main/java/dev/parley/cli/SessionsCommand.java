package dev.parley.cli;

import dev.parley.admin.model.SessionView;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code sessions}. */
@Command(
    name = "sessions",
    mixinStandardHelpOptions = true,
    description = "Lists the bound client sessions with their presence.")
final class SessionsCommand extends AdminCommand {

  SessionsCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    List<SessionView> sessions = client.get("/api/sessions", Payloads.SESSIONS);
    if (sessions.isEmpty()) {
      out().println("no sessions");
      return 0;
    }
    Table table = new Table("JID", "PRESENCE", "STATUS", "PRIORITY", "NODE");
    for (SessionView session : sessions) {
      String presence =
          session.available() ? (session.show() == null ? "online" : session.show()) : "-";
      table.add(
          session.jid(),
          presence,
          Table.cell(session.status()),
          Integer.toString(session.priority()),
          Table.cell(session.node()));
    }
    table.print(out());
    out().printf("%d session%s%n", sessions.size(), sessions.size() == 1 ? "" : "s");
    return 0;
  }
}
