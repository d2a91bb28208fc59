package dev.parley.ext.adhoc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.server.ServerInfo;
import java.util.List;
import java.util.Optional;

/** XEP-0133 §4.7 Change User Password: {@code accountjid} and the new {@code password}. */
final class ChangeUserPasswordCommand implements AdHocCommand {
  private final ServerInfo info;
  private final AccountService accounts;

  ChangeUserPasswordCommand(ServerInfo info, AccountService accounts) {
    this.info = info;
    this.accounts = accounts;
  }

  @Override
  public String node() {
    return AdminCommands.NODE_PREFIX + "change-user-password";
  }

  @Override
  public String name() {
    return "Change User Password";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public Element form(CommandContext context) {
    return Forms.form(
        "Changing a User Password",
        "Fill out this form to change a user's password.",
        List.of(
            Forms.field("accountjid", "jid-single", "The Jabber ID for this account", true),
            Forms.field("password", "text-private", "The new password for this account", true)));
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
    if (password.isEmpty()) {
      return CommandResult.rejected(StanzaErrorCondition.NOT_ACCEPTABLE, "password required");
    }
    if (accounts.find(jid.get()).isEmpty()) {
      return CommandResult.rejected(StanzaErrorCondition.ITEM_NOT_FOUND, "no such account");
    }
    try {
      accounts.changePassword(jid.get(), password.get().toCharArray());
    } catch (AccountException e) {
      return CommandResult.rejected(StanzaErrorCondition.NOT_ACCEPTABLE, e.getMessage());
    }
    return CommandResult.done("Password of " + jid.get() + " changed");
  }
}
