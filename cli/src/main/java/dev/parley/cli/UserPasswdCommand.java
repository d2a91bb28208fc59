package dev.parley.cli;

import dev.parley.admin.model.PasswordRequest;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user passwd JID}. */
@Command(
    name = "passwd",
    mixinStandardHelpOptions = true,
    description = {
      "Sets an account's password.",
      "The new password is read from standard input: asked twice without echo on a terminal, or"
          + " one line when piped."
    })
final class UserPasswdCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "JID", description = "The account's bare JID.")
  String jid;

  UserPasswdCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    char[] password = NewPassword.read(terminal(), jid);
    try {
      client.put(
          "/api/users/" + AdminClient.segment(jid) + "/password",
          new PasswordRequest(new String(password)));
    } finally {
      Arrays.fill(password, '\0');
    }
    out().printf("password changed for %s%n", jid);
    return 0;
  }
}
