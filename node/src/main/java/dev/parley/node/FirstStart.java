package dev.parley.node;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.server.AccountService;
import dev.parley.store.SettingsStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** On the very first start, creates an admin account with a random password, shown once. */
final class FirstStart {
  private static final String DONE = "bootstrap.admin-created";

  private FirstStart() {}

  /** The new admin's JID and password, or empty when this is not the first start. */
  static Optional<Credentials> createAdmin(
      SettingsStore settings, AccountService accounts, DomainJid domain) {
    if (settings.get(DONE).isPresent()) {
      return Optional.empty();
    }
    byte[] random = new byte[15];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    BareJid admin = BareJid.of("admin", domain.domain());
    if (accounts.find(admin).isPresent()) {
      settings.put(DONE, "true");
      return Optional.empty();
    }
    accounts.create(admin, password.toCharArray(), true);
    settings.put(DONE, "true");
    return Optional.of(new Credentials(admin, password));
  }

  /** A freshly made admin account. */
  record Credentials(BareJid jid, String password) {}
}
