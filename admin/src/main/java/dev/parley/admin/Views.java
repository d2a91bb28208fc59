package dev.parley.admin;

import dev.parley.admin.model.SessionView;
import dev.parley.admin.model.UserView;
import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.server.ClientSession;
import dev.parley.store.Account;
import java.util.Optional;

/** Maps server values to the API's payload records. */
final class Views {

  private Views() {}

  static UserView user(Account account) {
    return new UserView(
        account.jid().toString(),
        account.admin(),
        account.disabled(),
        account.email().orElse(null),
        account.created().toString());
  }

  /**
   * The session as the API shows it. {@code since} is null because {@link ClientSession} does not
   * expose when the session was bound.
   */
  static SessionView session(ClientSession session, String node) {
    Optional<Element> presence = session.presence().map(Presence::element);
    return new SessionView(
        session.jid().toString(),
        session.isAvailable(),
        presence.flatMap(p -> p.childText("show", Namespaces.CLIENT)).orElse(null),
        presence.flatMap(p -> p.childText("status", Namespaces.CLIENT)).orElse(null),
        session.priority(),
        null,
        node);
  }
}
