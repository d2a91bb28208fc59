package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import dev.parley.store.UserStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local JID to email address and back, held in memory: the translation runs on router and event
 * loop threads, which must never wait for the database. It is loaded once from the user store and
 * kept current by {@link EmailCheckingUserStore} on every email change; {@link #reload} picks up
 * changes another node made.
 */
public final class AddressBook {
  private static final Logger LOG = LoggerFactory.getLogger(AddressBook.class);

  private final EmailDomains domains;
  // Swapped whole on reload so that lookups never see a half-filled book.
  private volatile Maps maps = new Maps();

  private record Maps(Map<BareJid, BareJid> emailByUser, Map<BareJid, BareJid> userByEmail) {
    Maps() {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }

  public AddressBook(EmailDomains domains) {
    this.domains = domains;
  }

  /** A book filled from every account of the store (blocking: call at start, not on a loop). */
  public static AddressBook load(UserStore users, EmailDomains domains) {
    AddressBook book = new AddressBook(domains);
    book.reload(users.list(Optional.empty()));
    return book;
  }

  /** Replaces the contents with the mappings of {@code accounts}. */
  public void reload(List<Account> accounts) {
    Maps fresh = new Maps();
    for (Account account : accounts) {
      account
          .email()
          .flatMap(domains::address)
          .ifPresent(
              e -> {
                fresh.emailByUser().put(account.jid(), e);
                fresh.userByEmail().put(e, account.jid());
              });
    }
    maps = fresh;
    LOG.debug(
        "address book: {} users have an email address for federation", fresh.emailByUser().size());
  }

  /** Records a user's new email attribute (empty: removed, or not in an email domain). */
  public void changed(BareJid user, Optional<String> email) {
    remove(user);
    email.flatMap(domains::address).ifPresent(e -> put(user, e));
  }

  public void remove(BareJid user) {
    Maps current = maps;
    BareJid old = current.emailByUser().remove(user);
    if (old != null) {
      current.userByEmail().remove(old, user);
    }
  }

  private void put(BareJid user, BareJid email) {
    Maps current = maps;
    current.emailByUser().put(user, email);
    current.userByEmail().put(email, user);
  }

  /** The email address federated peers see for {@code user}, if the user has one. */
  public Optional<BareJid> emailOf(BareJid user) {
    return Optional.ofNullable(maps.emailByUser().get(user));
  }

  /** The user an email address stands for. */
  public Optional<BareJid> userOf(BareJid email) {
    return Optional.ofNullable(maps.userByEmail().get(email));
  }

  public EmailDomains domains() {
    return domains;
  }

  /** Every mapping, for reports. */
  public List<EmailMapping> mappings() {
    return maps.emailByUser().entrySet().stream()
        .map(e -> new EmailMapping(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(m -> m.user().toString()))
        .toList();
  }
}
