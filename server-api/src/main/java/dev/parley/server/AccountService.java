package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import java.util.Optional;

/**
 * Creates accounts and changes passwords, hashing them into SCRAM credentials (never storing the
 * password). Hashing is slow on purpose: call it off event loops.
 */
public interface AccountService {

  /** Creates the account; throws {@link AccountException} when it exists or is invalid. */
  Account create(BareJid jid, char[] password, boolean admin);

  void changePassword(BareJid jid, char[] password);

  /** Deletes the account and closes its sessions; false when there was none. */
  boolean delete(BareJid jid);

  Optional<Account> find(BareJid jid);

  /** Checks a password against the stored credential without logging in. */
  boolean verify(BareJid jid, char[] password);
}
