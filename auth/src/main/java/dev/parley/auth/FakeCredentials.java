package dev.parley.auth;

import dev.parley.protocol.BareJid;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Stand-in credentials for users that do not exist, so that SCRAM answers an unknown username with
 * a server-first-message of the same shape as a known one (RFC 5802 §5.1 suggests this). The salt
 * is derived from the JID and a server secret, so asking twice gives the same salt, as it would for
 * a real user, and nobody without the secret can tell it from a random one.
 *
 * <p>The secret must be the same on every node of a cluster and survive restarts (the composition
 * root keeps it in the settings store); otherwise comparing salts across nodes or restarts would
 * reveal which users are fake.
 */
public final class FakeCredentials {
  /** Length of a server secret created by {@link #random()}. */
  public static final int SECRET_BYTES = 32;

  private final byte[] secret;
  private final int iterations;

  /**
   * @param secret at least 16 secret bytes (copied)
   * @param iterations the iteration count real credentials have, so fakes look the same
   */
  public FakeCredentials(byte[] secret, int iterations) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the fake-salt secret needs at least 16 bytes");
    }
    if (iterations < ScramHasher.MIN_ITERATIONS) {
      throw new IllegalArgumentException("iteration count below " + ScramHasher.MIN_ITERATIONS);
    }
    this.secret = Arrays.copyOf(secret, secret.length);
    this.iterations = iterations;
  }

  /**
   * Fakes with a secret that lives only as long as this process: fine for a single node and for
   * tests, see the class comment for clusters.
   */
  public static FakeCredentials random() {
    byte[] secret = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return new FakeCredentials(secret, ScramHasher.MIN_ITERATIONS);
  }

  /** A credential no password is expected to match, stable for a given mechanism and user. */
  public ScramCredential forUser(ScramMechanism mechanism, BareJid jid) {
    byte[] salt = derive("salt", mechanism, jid, ScramHasher.SALT_BYTES);
    byte[] storedKey = derive("stored-key", mechanism, jid, mechanism.keyLength());
    byte[] serverKey = derive("server-key", mechanism, jid, mechanism.keyLength());
    Base64.Encoder base64 = Base64.getEncoder();
    return new ScramCredential(
        mechanism,
        base64.encodeToString(salt),
        iterations,
        base64.encodeToString(storedKey),
        base64.encodeToString(serverKey));
  }

  private byte[] derive(String label, ScramMechanism mechanism, BareJid jid, int length) {
    byte[] input =
        (label + '\0' + mechanism.saslName() + '\0' + jid).getBytes(StandardCharsets.UTF_8);
    byte[] mac = ScramCrypto.hmac(ScramMechanism.SCRAM_SHA_256, secret, input);
    return Arrays.copyOf(mac, length);
  }
}
