package dev.parley.ext.adhoc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import dev.parley.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XEP-0133 §4.3 Disable User: marks the accounts disabled and ends their sessions, keeping their
 * data. Sessions end with the {@code not-authorized} stream error, the condition XEP-0077 §3.2 uses
 * when an account stops existing: the client is no longer authorized to be logged in, and a client
 * treats it as an authentication problem rather than retrying at once.
 */
final class DisableUserCommand implements AdHocCommand {
  private final ServerInfo info;
  private final UserStore users;
  private final RouteDirectory sessions;

  DisableUserCommand(ServerInfo info, UserStore users, RouteDirectory sessions) {
    this.info = info;
    this.users = users;
    this.sessions = sessions;
  }

  @Override
  public String node() {
    return AdminCommands.NODE_PREFIX + "disable-user";
  }

  @Override
  public String name() {
    return "Disable a User";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public Element form(CommandContext context) {
    return Forms.form(
        "Disabling a User",
        "Fill out this form to disable a user.",
        List.of(Forms.field("accountjids", "jid-multi", "The Jabber ID(s) to disable", true)));
  }

  @Override
  public CommandResult complete(DataForm submitted, CommandContext context) {
    Optional<List<BareJid>> jids = AdminCommands.hostedAccounts(submitted.all("accountjids"), info);
    if (jids.isEmpty() || jids.get().isEmpty()) {
      return CommandResult.rejected(
          StanzaErrorCondition.JID_MALFORMED, "accountjids must be bare JIDs of hosted domains");
    }
    List<String> missing = new ArrayList<>();
    int closed = 0;
    for (BareJid jid : jids.get()) {
      if (!users.setDisabled(jid, true)) {
        missing.add(jid.toString());
        continue;
      }
      for (ClientSession session : sessions.sessions(jid)) {
        session.close(StreamError.of(StreamErrorCondition.NOT_AUTHORIZED, "account disabled"));
        closed++;
      }
    }
    String note =
        "Disabled "
            + (jids.get().size() - missing.size())
            + " account(s), closed "
            + closed
            + " session(s)";
    return CommandResult.done(missing.isEmpty() ? note : note + "; no such account: " + missing);
  }
}
