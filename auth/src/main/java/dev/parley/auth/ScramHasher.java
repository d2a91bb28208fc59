package dev.parley.auth;

import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns passwords into salted SCRAM verifiers (RFC 5802 §3, RFC 7677) and checks passwords against
 * them. Each credential gets its own random salt from the {@link SecureRandom} given at
 * construction. Thread-safe; hashing is slow on purpose (a few milliseconds), so do not call it on
 * an event loop.
 *
 * <p>Password arrays handed in are never modified: the caller owns and wipes them. Every copy made
 * here (the prepared UTF-8 bytes, the SaltedPassword, the ClientKey) is wiped before returning.
 */
public final class ScramHasher {
  /** The minimum iteration count of RFC 7677 §4, also our default. */
  public static final int MIN_ITERATIONS = 4096;

  /** Salt length in bytes; RFC 5802 sets no minimum, 16 is the common choice (NIST SP 800-132). */
  public static final int SALT_BYTES = 16;

  private static final List<ScramMechanism> PREFERENCE =
      List.of(ScramMechanism.SCRAM_SHA_256, ScramMechanism.SCRAM_SHA_1);

  private final SecureRandom random;
  private final int iterations;

  /** A hasher with a fresh {@link SecureRandom} and {@value #MIN_ITERATIONS} iterations. */
  public ScramHasher() {
    this(new SecureRandom(), MIN_ITERATIONS);
  }

  /**
   * @param random source of salts (tests may pass a seeded one)
   * @param iterations PBKDF2 iteration count for new credentials, at least {@value #MIN_ITERATIONS}
   */
  public ScramHasher(SecureRandom random, int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "SCRAM iteration count " + iterations + " is below " + MIN_ITERATIONS + " (RFC 7677)");
    }
    this.random = random;
    this.iterations = iterations;
  }

  /** The iteration count given to new credentials. */
  public int iterations() {
    return iterations;
  }

  /**
   * One credential per mechanism, SCRAM-SHA-256 first, each with its own salt.
   *
   * @throws IllegalArgumentException when the password is empty or not a valid OpaqueString
   */
  public List<ScramCredential> hash(char[] password, Set<ScramMechanism> mechanisms) {
    byte[] prepared = PasswordPreparation.prepare(password);
    try {
      List<ScramCredential> credentials = new ArrayList<>();
      for (ScramMechanism mechanism : PREFERENCE) {
        if (mechanisms.contains(mechanism)) {
          credentials.add(derive(mechanism, prepared, newSalt(), iterations));
        }
      }
      return List.copyOf(credentials);
    } finally {
      PasswordPreparation.wipe(prepared);
    }
  }

  /** Credentials for both SCRAM-SHA-256 and SCRAM-SHA-1. */
  public List<ScramCredential> hash(char[] password) {
    return hash(password, Set.of(ScramMechanism.values()));
  }

  /**
   * Whether {@code password} produces the credential's StoredKey with its salt and iteration count,
   * compared in constant time. An invalid password (empty, forbidden characters) does not match.
   */
  public boolean matches(ScramCredential credential, char[] password) {
    byte[] prepared;
    try {
      prepared = PasswordPreparation.prepare(password);
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      return matchesPrepared(credential, prepared);
    } finally {
      PasswordPreparation.wipe(prepared);
    }
  }

  /**
   * The credential to check a plain password against: SCRAM-SHA-256 when stored, else SCRAM-SHA-1.
   */
  public static Optional<ScramCredential> strongest(List<ScramCredential> credentials) {
    return credentials.stream()
        .filter(c -> c.mechanism() == ScramMechanism.SCRAM_SHA_256)
        .findFirst()
        .or(() -> credentials.stream().findFirst());
  }

  static boolean matchesPrepared(ScramCredential credential, byte[] prepared) {
    Base64.Decoder base64 = Base64.getDecoder();
    ScramCredential computed =
        derive(
            credential.mechanism(),
            prepared,
            base64.decode(credential.salt()),
            credential.iterations());
    return MessageDigest.isEqual(
        base64.decode(computed.storedKey()), base64.decode(credential.storedKey()));
  }

  /**
   * The verifier of RFC 5802 §3 for given salt and iteration count (also used by the test vectors).
   */
  static ScramCredential derive(
      ScramMechanism mechanism, byte[] prepared, byte[] salt, int iterations) {
    byte[] saltedPassword = ScramCrypto.hi(mechanism, prepared, salt, iterations);
    byte[] clientKey = ScramCrypto.clientKey(mechanism, saltedPassword);
    try {
      Base64.Encoder base64 = Base64.getEncoder();
      return new ScramCredential(
          mechanism,
          base64.encodeToString(salt),
          iterations,
          base64.encodeToString(ScramCrypto.hash(mechanism, clientKey)),
          base64.encodeToString(ScramCrypto.serverKey(mechanism, saltedPassword)));
    } finally {
      PasswordPreparation.wipe(saltedPassword);
      PasswordPreparation.wipe(clientKey);
    }
  }

  private byte[] newSalt() {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return salt;
  }
}
