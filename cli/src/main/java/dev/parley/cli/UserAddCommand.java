package dev.parley.cli;

import dev.parley.admin.model.CreateUserRequest;
import dev.parley.admin.model.UserView;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add JID [--admin] [--email E]}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Creates an account.",
      "The password is read from standard input: asked twice without echo on a terminal, or"
          + " one line when piped (echo 'pw' | parley user add ...). Never on the command line."
    })
final class UserAddCommand extends AdminCommand {

  @Parameters(
      index = "0",
      paramLabel = "JID",
      description = "The bare JID, such as alice@example.com.")
  String jid;

  @Option(names = "--admin", description = "Let the account use the admin API and this CLI.")
  boolean admin;

  @Option(names = "--email", paramLabel = "EMAIL", description = "The account's email attribute.")
  String email;

  UserAddCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    char[] password = NewPassword.read(terminal(), jid);
    UserView user;
    try {
      user =
          client.post(
              "/api/users",
              new CreateUserRequest(jid, new String(password), admin, email),
              Payloads.USER);
    } finally {
      Arrays.fill(password, '\0');
    }
    out()
        .printf(
            "created %s%s%s%n",
            user.jid(),
            user.admin() ? " (admin)" : "",
            user.email() == null ? "" : " <" + user.email() + ">");
    return 0;
  }
}
