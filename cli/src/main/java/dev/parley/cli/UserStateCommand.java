package dev.parley.cli;

import dev.parley.admin.model.DisabledRequest;
import dev.parley.admin.model.UserView;
import picocli.CommandLine.Parameters;

/** {@code user disable JID} and {@code user enable JID}: the same request with opposite values. */
abstract class UserStateCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "JID", description = "The account's bare JID.")
  String jid;

  private final boolean disable;

  UserStateCommand(Terminal terminal, boolean disable) {
    super(terminal);
    this.disable = disable;
  }

  @Override
  final int run(AdminClient client) {
    UserView user =
        client.put(
            "/api/users/" + AdminClient.segment(jid) + "/disabled",
            new DisabledRequest(disable),
            Payloads.USER);
    out().printf("%s %s%n", user.disabled() ? "disabled" : "enabled", user.jid());
    return 0;
  }
}
