package dev.parley.testkit.store;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Values for store tests: unique domains, accounts and well-formed SCRAM credentials. */
public final class StoreTestData {

  private StoreTestData() {}

  /** A domain no other test uses, so that tests can share a database. */
  public static String freshDomain() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".example";
  }

  public static BareJid jid(String local, String domain) {
    return BareJid.of(local, domain);
  }

  /**
   * An account with a creation time in whole seconds, which every backend keeps exactly (stores are
   * only required to keep microseconds).
   */
  public static Account account(BareJid jid) {
    return new Account(
        jid, false, false, Optional.empty(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  public static Account accountWithEmail(BareJid jid, String email) {
    return new Account(
        jid, false, false, Optional.of(email), Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** A credential whose byte values are derived from {@code seed}, to tell credentials apart. */
  public static ScramCredential credential(ScramMechanism mechanism, String seed) {
    Base64.Encoder base64 = Base64.getEncoder();
    byte[] key = new byte[mechanism.keyLength()];
    byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < key.length; i++) {
      key[i] = seedBytes[i % seedBytes.length];
    }
    byte[] serverKey = key.clone();
    serverKey[0] ^= 0x5a;
    return new ScramCredential(
        mechanism,
        base64.encodeToString(("salt-" + seed).getBytes(StandardCharsets.UTF_8)),
        4096 + seed.length(),
        base64.encodeToString(key),
        base64.encodeToString(serverKey));
  }
}
