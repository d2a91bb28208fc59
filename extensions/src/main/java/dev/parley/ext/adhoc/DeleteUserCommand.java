package dev.parley.ext.adhoc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.AccountService;
import dev.parley.server.ServerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XEP-0133 §4.2 Delete User: {@code accountjids}. The account service also ends the users'
 * sessions; JIDs without an account are listed in the note rather than failing the whole command.
 */
final class DeleteUserCommand implements AdHocCommand {
  private final ServerInfo info;
  private final AccountService accounts;

  DeleteUserCommand(ServerInfo info, AccountService accounts) {
    this.info = info;
    this.accounts = accounts;
  }

  @Override
  public String node() {
    return AdminCommands.NODE_PREFIX + "delete-user";
  }

  @Override
  public String name() {
    return "Delete a User";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public Element form(CommandContext context) {
    return Forms.form(
        "Deleting a User",
        "Fill out this form to delete a user.",
        List.of(Forms.field("accountjids", "jid-multi", "The Jabber ID(s) to delete", true)));
  }

  @Override
  public CommandResult complete(DataForm submitted, CommandContext context) {
    Optional<List<BareJid>> jids = AdminCommands.hostedAccounts(submitted.all("accountjids"), info);
    if (jids.isEmpty() || jids.get().isEmpty()) {
      return CommandResult.rejected(
          StanzaErrorCondition.JID_MALFORMED, "accountjids must be bare JIDs of hosted domains");
    }
    List<String> missing = new ArrayList<>();
    for (BareJid jid : jids.get()) {
      if (!accounts.delete(jid)) {
        missing.add(jid.toString());
      }
    }
    int deleted = jids.get().size() - missing.size();
    String note = "Deleted " + deleted + " account(s)";
    return CommandResult.done(missing.isEmpty() ? note : note + "; no such account: " + missing);
  }
}
