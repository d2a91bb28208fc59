package dev.parley.store;

import dev.parley.protocol.BareJid;
import java.util.List;
import java.util.Optional;

/** Accounts and their SCRAM credentials. */
public interface UserStore {

  /** Creates an account; false when the JID is already taken. */
  boolean create(Account account, List<ScramCredential> credentials);

  Optional<Account> find(BareJid jid);

  default boolean exists(BareJid jid) {
    return find(jid).isPresent();
  }

  /** Deletes the account and everything stored for it; false when there was none. */
  boolean delete(BareJid jid);

  /** Accounts in JID order, all of them or those of one domain. */
  List<Account> list(Optional<String> domain);

  long count();

  List<ScramCredential> credentials(BareJid jid);

  /** Replaces the account's credentials; false when there is no such account. */
  boolean replaceCredentials(BareJid jid, List<ScramCredential> credentials);

  boolean setEmail(BareJid jid, Optional<String> email);

  boolean setDisabled(BareJid jid, boolean disabled);

  boolean setAdmin(BareJid jid, boolean admin);

  /** The account whose email attribute equals {@code email}, compared case-insensitively. */
  Optional<Account> findByEmail(String email);
}
