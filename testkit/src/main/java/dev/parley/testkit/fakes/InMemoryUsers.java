package dev.parley.testkit.fakes;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link UserStore} kept in a map; enough for routing, which only asks whether accounts exist.
 */
public final class InMemoryUsers implements UserStore {
  private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();

  /** Creates accounts for the given bare JIDs. */
  public static InMemoryUsers of(String... jids) {
    InMemoryUsers users = new InMemoryUsers();
    for (String jid : jids) {
      users.create(Account.of(Jid.parseBare(jid), false), List.of());
    }
    return users;
  }

  @Override
  public boolean create(Account account, List<ScramCredential> credentials) {
    return accounts.putIfAbsent(account.jid().toString(), account) == null;
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return Optional.ofNullable(accounts.get(jid.toString()));
  }

  @Override
  public boolean delete(BareJid jid) {
    return accounts.remove(jid.toString()) != null;
  }

  @Override
  public List<Account> list(Optional<String> domain) {
    List<Account> out = new ArrayList<>();
    for (Account account : accounts.values()) {
      if (domain.isEmpty() || domain.get().equals(account.jid().domain())) {
        out.add(account);
      }
    }
    return out;
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
    return accounts.containsKey(jid.toString());
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
        .filter(a -> a.email().filter(email::equalsIgnoreCase).isPresent())
        .findFirst();
  }

  private boolean update(BareJid jid, java.util.function.UnaryOperator<Account> change) {
    return accounts.computeIfPresent(jid.toString(), (k, a) -> change.apply(a)) != null;
  }
}
