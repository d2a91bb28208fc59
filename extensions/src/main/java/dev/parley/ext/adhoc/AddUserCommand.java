package dev.parley.ext.adhoc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.server.ServerInfo;
import java.util.List;
import java.util.Optional;

/** XEP-0133 §4.1 Add User: {@code accountjid}, {@code password}, {@code password-verify}. */
final class AddUserCommand implements AdHocCommand {
  private final ServerInfo info;
  private final AccountService accounts;

  AddUserCommand(ServerInfo info, AccountService accounts) {
    this.info = info;
    this.accounts = accounts;
  }

  @Override
  public String node() {
    return AdminCommands.NODE_PREFIX + "add-user";
  }

  @Override
  public String name() {
    return "Add a User";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public Element form(CommandContext context) {
    return Forms.form(
        "Adding a User",
        "Fill out this form to add a user.",
        List.of(
            Forms.field("accountjid", "jid-single", "The Jabber ID for the account", true),
            Forms.field("password", "text-private", "The password for this account", true),
            Forms.field("password-verify", "text-private", "Retype password", true)));
  }

  @Override
  public CommandResult complete(DataForm submitted, CommandContext context) {
    Optional<BareJid> jid =
        submitted.first("accountjid").flatMap(t -> AdminCommands.hostedAccount(t, info));
    if (jid.isEmpty()) {
      return CommandResult.rejected(
          StanzaErrorCondition.JID_MALFORMED, "accountjid must be a bare JID of a hosted domain");
    }
    Optional<String> password = submitted.raw("password");
    if (password.isEmpty() || !password.equals(submitted.raw("password-verify"))) {
      return CommandResult.rejected(
          StanzaErrorCondition.NOT_ACCEPTABLE, "the passwords are missing or do not match");
    }
    if (accounts.find(jid.get()).isPresent()) {
      return CommandResult.rejected(StanzaErrorCondition.CONFLICT, "the account exists");
    }
    try {
      accounts.create(jid.get(), password.get().toCharArray(), false);
    } catch (AccountException e) {
      return CommandResult.rejected(StanzaErrorCondition.NOT_ACCEPTABLE, e.getMessage());
    }
    return CommandResult.done("Account " + jid.get() + " created");
  }
}
