package dev.parley.admin;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** A {@link UserStore} in a sorted map, for tests. */
public final class InMemoryUserStore implements UserStore {

  private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();
  private final Map<String, List<ScramCredential>> credentials = new ConcurrentSkipListMap<>();

  @Override
  public synchronized boolean create(Account account, List<ScramCredential> creds) {
    String key = account.jid().toString();
    if (accounts.containsKey(key)) {
      return false;
    }
    accounts.put(key, account);
    credentials.put(key, List.copyOf(creds));
    return true;
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return Optional.ofNullable(accounts.get(jid.toString()));
  }

  @Override
  public synchronized boolean delete(BareJid jid) {
    credentials.remove(jid.toString());
    return accounts.remove(jid.toString()) != null;
  }

  @Override
  public List<Account> list(Optional<String> domain) {
    return accounts.values().stream()
        .filter(a -> domain.map(d -> a.jid().domain().equals(d)).orElse(true))
        .toList();
  }

  @Override
  public long count() {
    return accounts.size();
  }

  @Override
  public List<ScramCredential> credentials(BareJid jid) {
    return credentials.getOrDefault(jid.toString(), List.of());
  }

  @Override
  public synchronized boolean replaceCredentials(BareJid jid, List<ScramCredential> creds) {
    if (!accounts.containsKey(jid.toString())) {
      return false;
    }
    credentials.put(jid.toString(), List.copyOf(creds));
    return true;
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
    String wanted = email.toLowerCase(Locale.ROOT);
    return accounts.values().stream()
        .filter(a -> a.email().map(e -> e.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false))
        .findFirst();
  }

  private synchronized boolean update(BareJid jid, UnaryOperator<Account> change) {
    return accounts.computeIfPresent(jid.toString(), (k, a) -> change.apply(a)) != null;
  }
}
