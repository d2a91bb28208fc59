package dev.parley.cli;

import dev.parley.admin.model.EmailRequest;
import dev.parley.admin.model.UserView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code user set-email JID (EMAIL | --clear)}. */
@Command(
    name = "set-email",
    mixinStandardHelpOptions = true,
    description =
        "Sets or removes an account's email attribute (used for federation address mapping).")
final class UserSetEmailCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "JID", description = "The account's bare JID.")
  String jid;

  @Parameters(index = "1", arity = "0..1", paramLabel = "EMAIL", description = "The new address.")
  String email;

  @Option(names = "--clear", description = "Remove the address instead of setting one.")
  boolean clear;

  UserSetEmailCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    if (clear == (email != null)) {
      throw new ParameterException(spec.commandLine(), "give either EMAIL or --clear");
    }
    UserView user =
        client.put(
            "/api/users/" + AdminClient.segment(jid) + "/email",
            new EmailRequest(clear ? null : email),
            Payloads.USER);
    if (user.email() == null) {
      out().printf("removed the email of %s%n", user.jid());
    } else {
      out().printf("email of %s set to %s%n", user.jid(), user.email());
    }
    return 0;
  }
}
