package dev.parley.auth;

import dev.parley.store.ScramMechanism;
import dev.parley.store.UserStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mechanisms Parley offers, strongest first: SCRAM-SHA-256, SCRAM-SHA-1, then PLAIN, the last
 * only on encrypted connections (RFC 6120 §13.8, RFC 4616 §6). Each {@link #create} call returns a
 * fresh single-use exchange.
 */
public final class ScramSaslMechanisms implements SaslMechanisms {
  /** Every mechanism this class knows, in the order they are offered. */
  public static final List<String> ALL =
      List.of(
          ScramMechanism.SCRAM_SHA_256.saslName(),
          ScramMechanism.SCRAM_SHA_1.saslName(),
          PlainMechanism.NAME);

  private final UserStore users;
  private final List<String> enabled;
  // Both answers of offered(), computed once: it runs twice per login (features, then auth).
  private final List<String> offeredEncrypted;
  private final List<String> offeredInClear;
  private final FakeCredentials fakes;
  private final NonceSource nonces;

  /** All three mechanisms, fake credentials with a per-process secret, secure nonces. */
  public ScramSaslMechanisms(UserStore users) {
    this(users, Set.copyOf(ALL));
  }

  /** The named mechanisms, fake credentials with a per-process secret, secure nonces. */
  public ScramSaslMechanisms(UserStore users, Set<String> enabled) {
    this(users, enabled, FakeCredentials.random());
  }

  /**
   * The constructor for production: pass fake credentials whose secret is shared by the cluster
   * (see {@link FakeCredentials}).
   */
  public ScramSaslMechanisms(UserStore users, Set<String> enabled, FakeCredentials fakes) {
    this(users, enabled, fakes, NonceSource.secure(new SecureRandom()));
  }

  /**
   * @param users accounts and credentials
   * @param enabled names out of {@link #ALL}
   * @param fakes stand-in credentials for unknown users
   * @param nonces server nonces (tests inject fixed ones)
   * @throws IllegalArgumentException for a name not in {@link #ALL}
   */
  public ScramSaslMechanisms(
      UserStore users, Set<String> enabled, FakeCredentials fakes, NonceSource nonces) {
    for (String name : enabled) {
      if (!ALL.contains(name)) {
        throw new IllegalArgumentException("unknown SASL mechanism " + name + "; known: " + ALL);
      }
    }
    this.users = users;
    this.enabled = ALL.stream().filter(enabled::contains).toList();
    this.fakes = fakes;
    this.nonces = nonces;
    this.offeredEncrypted = offered(this.enabled, true);
    this.offeredInClear = offered(this.enabled, false);
  }

  @Override
  public List<String> offered(SaslContext context) {
    return context.encrypted() ? offeredEncrypted : offeredInClear;
  }

  private static List<String> offered(List<String> enabled, boolean encrypted) {
    List<String> offered = new ArrayList<>();
    for (String name : enabled) {
      if (!name.equals(PlainMechanism.NAME) || encrypted) {
        offered.add(name);
      }
    }
    return List.copyOf(offered);
  }

  @Override
  public Optional<SaslMechanism> create(String name, SaslContext context) {
    if (!offered(context).contains(name)) {
      return Optional.empty();
    }
    if (name.equals(PlainMechanism.NAME)) {
      return Optional.of(new PlainMechanism(users, context, fakes));
    }
    for (ScramMechanism mechanism : ScramMechanism.values()) {
      if (mechanism.saslName().equals(name)) {
        return Optional.of(new ScramServerMechanism(mechanism, users, context, fakes, nonces));
      }
    }
    return Optional.empty();
  }
}
