package dev.parley.admin;

import dev.parley.protocol.BareJid;
import dev.parley.server.AccountException;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.util.List;
import java.util.Optional;

/** A user store that refuses emails outside the given domains, like the email module's store. */
final class DomainCheckingUsers implements UserStore {
  private final UserStore delegate;
  private final List<String> domains;

  DomainCheckingUsers(UserStore delegate, List<String> domains) {
    this.delegate = delegate;
    this.domains = List.copyOf(domains);
  }

  private void check(Optional<String> email) {
    email.ifPresent(
        e -> {
          if (!domains.contains(e.substring(e.lastIndexOf('@') + 1))) {
            throw new AccountException(
                "email address " + e + " cannot be used for XMPP federation");
          }
        });
  }

  @Override
  public boolean create(Account account, List<ScramCredential> credentials) {
    check(account.email());
    return delegate.create(account, credentials);
  }

  @Override
  public boolean setEmail(BareJid jid, Optional<String> email) {
    check(email);
    return delegate.setEmail(jid, email);
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return delegate.find(jid);
  }

  @Override
  public boolean delete(BareJid jid) {
    return delegate.delete(jid);
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
