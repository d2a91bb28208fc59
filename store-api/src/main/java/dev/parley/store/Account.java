package dev.parley.store;

import dev.parley.protocol.BareJid;
import java.time.Instant;
import java.util.Optional;

/** A local user account. Passwords are never stored, only {@link ScramCredential}s. */
public record Account(
    BareJid jid, boolean admin, boolean disabled, Optional<String> email, Instant created) {

  public static Account of(BareJid jid, boolean admin) {
    return new Account(jid, admin, false, Optional.empty(), Instant.now());
  }
}
