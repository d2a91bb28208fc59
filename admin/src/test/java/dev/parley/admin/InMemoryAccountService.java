package dev.parley.admin;

import dev.parley.protocol.BareJid;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.store.Account;
import dev.parley.store.UserStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link AccountService} over a {@link UserStore} that keeps passwords in memory: fine for
 * tests, where the point is the admin API, not hashing.
 */
public final class InMemoryAccountService implements AccountService {

  private final UserStore users;
  private final InMemoryRouteDirectory routes;
  private final Map<BareJid, String> passwords = new ConcurrentHashMap<>();

  public InMemoryAccountService(UserStore users, InMemoryRouteDirectory routes) {
    this.users = users;
    this.routes = routes;
  }

  @Override
  public Account create(BareJid jid, char[] password, boolean admin) {
    if (password.length == 0) {
      throw new AccountException("empty password");
    }
    Account account = Account.of(jid, admin);
    if (!users.create(account, List.of())) {
      throw new AccountException("account " + jid + " exists");
    }
    passwords.put(jid, new String(password));
    return account;
  }

  @Override
  public void changePassword(BareJid jid, char[] password) {
    if (users.find(jid).isEmpty()) {
      throw new AccountException("no account " + jid);
    }
    passwords.put(jid, new String(password));
  }

  @Override
  public boolean delete(BareJid jid) {
    passwords.remove(jid);
    routes.sessions(jid).forEach(routes::unregister);
    return users.delete(jid);
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return users.find(jid);
  }

  @Override
  public boolean verify(BareJid jid, char[] password) {
    String stored = passwords.get(jid);
    return stored != null && stored.equals(new String(password));
  }
}
