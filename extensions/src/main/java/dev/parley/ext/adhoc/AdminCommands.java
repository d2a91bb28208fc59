package dev.parley.ext.adhoc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.server.AccountService;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import dev.parley.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The XEP-0133 Service Administration commands Parley offers, and their shared parsing. */
public final class AdminCommands {
  /** The prefix of every XEP-0133 command node. */
  public static final String NODE_PREFIX = "http://jabber.org/protocol/admin#";

  private AdminCommands() {}

  /** Add, delete, disable user; change a user's password; list online users; announce. */
  public static List<AdHocCommand> create(
      ServerInfo info, AccountService accounts, UserStore users, RouteDirectory sessions) {
    return List.of(
        new AddUserCommand(info, accounts),
        new DeleteUserCommand(info, accounts),
        new DisableUserCommand(info, users, sessions),
        new ChangeUserPasswordCommand(info, accounts),
        new OnlineUsersCommand(sessions),
        new AnnounceCommand(sessions));
  }

  /** A bare JID of a domain hosted here, or empty. */
  static Optional<BareJid> hostedAccount(String text, ServerInfo info) {
    try {
      Jid jid = Jid.parse(text);
      if (jid instanceof BareJid bare && info.hosts(bare.domain())) {
        return Optional.of(bare);
      }
    } catch (JidFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** All values as hosted accounts, or empty when any value is not one. */
  static Optional<List<BareJid>> hostedAccounts(List<String> texts, ServerInfo info) {
    List<BareJid> result = new ArrayList<>();
    for (String text : texts) {
      Optional<BareJid> jid = hostedAccount(text, info);
      if (jid.isEmpty()) {
        return Optional.empty();
      }
      result.add(jid.get());
    }
    return Optional.of(result);
  }
}
