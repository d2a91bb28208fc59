package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.server.AccountException;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.util.List;
import java.util.Optional;

/**
 * The user store every writer of the email attribute goes through (admin API, CLI, CSV import):
 * when email domains are configured, an email address must be in one of them and belong to no other
 * account, because it becomes that user's federated address. Accepted changes are written to the
 * {@link AddressBook} at once, so the translation never lags behind the store on this node. Without
 * configured email domains the attribute is stored as before, unchecked.
 */
public final class EmailCheckingUserStore implements UserStore {
  private final UserStore delegate;
  private final AddressBook book;

  public EmailCheckingUserStore(UserStore delegate, AddressBook book) {
    this.delegate = delegate;
    this.book = book;
  }

  @Override
  public boolean create(Account account, List<ScramCredential> credentials) {
    account.email().ifPresent(email -> check(account.jid(), email));
    boolean created = delegate.create(account, credentials);
    if (created) {
      book.changed(account.jid(), account.email());
    }
    return created;
  }

  @Override
  public boolean setEmail(BareJid jid, Optional<String> email) {
    email.ifPresent(address -> check(jid, address));
    boolean changed = delegate.setEmail(jid, email);
    if (changed) {
      book.changed(jid, email);
    }
    return changed;
  }

  private void check(BareJid jid, String email) {
    EmailDomains domains = book.domains();
    if (!domains.configured()) {
      return;
    }
    domains.require(email);
    Optional<Account> owner = delegate.findByEmail(email);
    if (owner.isPresent() && !owner.get().jid().equals(jid)) {
      throw new AccountException(
          "email address "
              + email
              + " is already the address of "
              + owner.get().jid()
              + "; an email address can stand for only one user over federation");
    }
  }

  @Override
  public boolean delete(BareJid jid) {
    boolean deleted = delegate.delete(jid);
    if (deleted) {
      book.remove(jid);
    }
    return deleted;
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return delegate.find(jid);
  }

  @Override
  public List<Account> list(Optional<String> domain) {
    return delegate.list(domain);
  }

  @Override
  public long count() {
    return delegate.count();
  }

  @Override
  public List<ScramCredential> credentials(BareJid jid) {
    return delegate.credentials(jid);
  }

  @Override
  public boolean replaceCredentials(BareJid jid, List<ScramCredential> credentials) {
    return delegate.replaceCredentials(jid, credentials);
  }

  @Override
  public boolean setDisabled(BareJid jid, boolean disabled) {
    return delegate.setDisabled(jid, disabled);
  }

  @Override
  public boolean setAdmin(BareJid jid, boolean admin) {
    return delegate.setAdmin(jid, admin);
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return delegate.findByEmail(email);
  }
}
