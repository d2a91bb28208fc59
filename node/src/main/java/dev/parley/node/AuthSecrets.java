package dev.parley.node;

import dev.parley.auth.FakeCredentials;
import dev.parley.auth.ScramHasher;
import dev.parley.store.SettingsStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret behind the stand-in SCRAM salts of unknown users. It is kept in the database so that
 * it is the same on every node and after restarts: otherwise comparing salts would reveal which
 * accounts exist.
 */
final class AuthSecrets {
  private static final String KEY = "auth.unknown-user-secret";

  private AuthSecrets() {}

  static FakeCredentials fakeCredentials(SettingsStore settings) {
    Optional<String> stored = settings.get(KEY);
    byte[] secret;
    if (stored.isPresent()) {
      secret = Base64.getDecoder().decode(stored.get());
    } else {
      secret = new byte[FakeCredentials.SECRET_BYTES];
      new SecureRandom().nextBytes(secret);
      settings.put(KEY, Base64.getEncoder().encodeToString(secret));
    }
    return new FakeCredentials(secret, ScramHasher.MIN_ITERATIONS);
  }
}
