package dev.parley.ext.testing;

import dev.parley.protocol.BareJid;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Accounts kept in memory, serving as both the account service and the user store. Passwords are
 * kept in clear, which is fine for tests only.
 */
public final class InMemoryAccounts implements AccountService, UserStore {
  private final Map<BareJid, Account> accounts =
      new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
  public final Map<BareJid, String> passwords = new HashMap<>();

  public InMemoryAccounts with(String jid, String password, boolean admin) {
    create(BareJid.class.cast(dev.parley.protocol.Jid.parse(jid)), password.toCharArray(), admin);
    return this;
  }

  @Override
  public Account create(BareJid jid, char[] password, boolean admin) {
    if (accounts.containsKey(jid)) {
      throw new AccountException("exists: " + jid);
    }
    if (jid.localpart().equals("invalid")) {
      throw new AccountException("refused by policy");
    }
    Account account = Account.of(jid, admin);
    accounts.put(jid, account);
    passwords.put(jid, new String(password));
    return account;
  }

  @Override
  public void changePassword(BareJid jid, char[] password) {
    if (!accounts.containsKey(jid)) {
      throw new AccountException("no such account");
    }
    passwords.put(jid, new String(password));
  }

  @Override
  public boolean delete(BareJid jid) {
    passwords.remove(jid);
    return accounts.remove(jid) != null;
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return Optional.ofNullable(accounts.get(jid));
  }

  @Override
  public boolean verify(BareJid jid, char[] password) {
    return new String(password).equals(passwords.get(jid));
  }

  @Override
  public boolean create(Account account, List<ScramCredential> credentials) {
    return accounts.putIfAbsent(account.jid(), account) == null;
  }

  @Override
  public List<Account> list(Optional<String> domain) {
    return accounts.values().stream()
        .filter(a -> domain.isEmpty() || a.jid().domain().equals(domain.get()))
        .toList();
  }

  @Override
  public long count() {
    return accounts.size();
  }

  @Override
  public List<ScramCredential> credentials(BareJid jid) {
    return List.of();
  }

  @Override
  public boolean replaceCredentials(BareJid jid, List<ScramCredential> credentials) {
    return accounts.containsKey(jid);
  }

  @Override
  public boolean setEmail(BareJid jid, Optional<String> email) {
    return update(jid, a -> new Account(a.jid(), a.admin(), a.disabled(), email, a.created()));
  }

  @Override
  public boolean setDisabled(BareJid jid, boolean disabled) {
    return update(jid, a -> new Account(a.jid(), a.admin(), disabled, a.email(), a.created()));
  }

  @Override
  public boolean setAdmin(BareJid jid, boolean admin) {
    return update(jid, a -> new Account(a.jid(), admin, a.disabled(), a.email(), a.created()));
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return accounts.values().stream()
        .filter(a -> a.email().map(e -> e.equalsIgnoreCase(email)).orElse(false))
        .findFirst();
  }

  private boolean update(BareJid jid, java.util.function.UnaryOperator<Account> change) {
    Account account = accounts.get(jid);
    if (account == null) {
      return false;
    }
    accounts.put(jid, change.apply(account));
    return true;
  }
}
