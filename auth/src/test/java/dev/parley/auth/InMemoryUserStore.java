package dev.parley.auth;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** A thread-safe {@link UserStore} in a map, for tests. */
final class InMemoryUserStore implements UserStore {
  private record Entry(Account account, List<ScramCredential> credentials) {}

  private final Map<BareJid, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public boolean create(Account account, List<ScramCredential> credentials) {
    return entries.putIfAbsent(account.jid(), new Entry(account, List.copyOf(credentials))) == null;
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return Optional.ofNullable(entries.get(jid)).map(Entry::account);
  }

  @Override
  public boolean delete(BareJid jid) {
    return entries.remove(jid) != null;
  }

  @Override
  public List<Account> list(Optional<String> domain) {
    return entries.values().stream()
        .map(Entry::account)
        .filter(a -> domain.isEmpty() || a.jid().domain().equals(domain.get()))
        .sorted(Comparator.comparing(a -> a.jid().toString()))
        .toList();
  }

  @Override
  public long count() {
    return entries.size();
  }

  @Override
  public List<ScramCredential> credentials(BareJid jid) {
    return Optional.ofNullable(entries.get(jid)).map(Entry::credentials).orElse(List.of());
  }

  @Override
  public boolean replaceCredentials(BareJid jid, List<ScramCredential> credentials) {
    return entries.computeIfPresent(jid, (k, e) -> new Entry(e.account(), List.copyOf(credentials)))
        != null;
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
    return entries.values().stream()
        .map(Entry::account)
        .filter(a -> a.email().map(e -> e.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false))
        .findFirst();
  }

  private boolean update(BareJid jid, UnaryOperator<Account> change) {
    return entries.computeIfPresent(
            jid, (k, e) -> new Entry(change.apply(e.account()), e.credentials()))
        != null;
  }
}
