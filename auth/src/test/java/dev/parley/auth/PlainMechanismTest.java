package dev.parley.auth;

import static dev.parley.auth.ScramServerMechanismTest.assertFailure;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.store.Account;
import dev.parley.store.ScramMechanism;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainMechanismTest {
  private static final SaslContext TLS = new SaslContext(DomainJid.of("example.com"), true);
  private static final SaslContext CLEAR = new SaslContext(DomainJid.of("example.com"), false);

  private final InMemoryUserStore users = new InMemoryUserStore();
  private final ScramSaslMechanisms mechanisms = new ScramSaslMechanisms(users);
  private final ScramHasher hasher = new ScramHasher();

  PlainMechanismTest() {
    users.create(
        Account.of(BareJid.of("juliet", "example.com"), false),
        hasher.hash("r0meo!".toCharArray()));
    // Only a SHA-1 credential: PLAIN falls back to it.
    users.create(
        Account.of(BareJid.of("old", "example.com"), false),
        hasher.hash("legacy".toCharArray(), Set.of(ScramMechanism.SCRAM_SHA_1)));
    BareJid banned = BareJid.of("banned", "example.com");
    users.create(Account.of(banned, true), hasher.hash("secret".toCharArray()));
    users.setDisabled(banned, true);
  }

  private SaslStep plain(String message) {
    SaslMechanism plain = mechanisms.create("PLAIN", TLS).orElseThrow();
    return plain.start(Optional.of(message.getBytes(UTF_8)));
  }

  @Test
  void correctPasswordSucceeds() {
    SaslStep step = plain("\0juliet\0r0meo!");
    assertThat(step).isInstanceOf(SaslStep.Success.class);
    assertThat(((SaslStep.Success) step).identity()).isEqualTo(BareJid.of("juliet", "example.com"));
    assertThat(((SaslStep.Success) step).additionalData()).isEmpty();
    assertThat(plain("\0old\0legacy")).isInstanceOf(SaslStep.Success.class);
  }

  @Test
  void initialResponseMayComeAfterAnEmptyChallenge() {
    SaslMechanism plain = mechanisms.create("PLAIN", TLS).orElseThrow();
    assertThat(((SaslStep.Challenge) plain.start(Optional.empty())).data()).isEmpty();
    assertThat(plain.respond("\0juliet\0r0meo!".getBytes(UTF_8)))
        .isInstanceOf(SaslStep.Success.class);
  }

  @Test
  void responseBytesAreWiped() {
    byte[] response = "\0juliet\0r0meo!".getBytes(UTF_8);
    mechanisms.create("PLAIN", TLS).orElseThrow().start(Optional.of(response));
    assertThat(response).containsOnly(0);
  }

  @Test
  void wrongPasswordUnknownUserAndBadUsernameAreNotAuthorized() {
    assertFailure(plain("\0juliet\0wrong"), SaslFailure.NOT_AUTHORIZED);
    assertFailure(plain("\0nobody\0r0meo!"), SaslFailure.NOT_AUTHORIZED);
    assertFailure(plain("\0bad name\0r0meo!"), SaslFailure.NOT_AUTHORIZED);
    assertFailure(plain("\0juliet\0bad\u0007password"), SaslFailure.NOT_AUTHORIZED);
  }

  @Test
  void authzidMustBeEmptyOrTheUsersJid() {
    assertThat(plain("juliet@example.com\0juliet\0r0meo!")).isInstanceOf(SaslStep.Success.class);
    assertFailure(plain("romeo@example.com\0juliet\0r0meo!"), SaslFailure.INVALID_AUTHZID);
  }

  @Test
  void disabledAccountIsReportedAfterTheRightPassword() {
    assertFailure(plain("\0banned\0secret"), SaslFailure.ACCOUNT_DISABLED);
    assertFailure(plain("\0banned\0guess"), SaslFailure.NOT_AUTHORIZED);
  }

  @Test
  void malformedMessagesAreRejected() {
    assertFailure(plain("juliet"), SaslFailure.MALFORMED_REQUEST);
    assertFailure(plain("\0juliet"), SaslFailure.MALFORMED_REQUEST);
    assertFailure(plain("\0\0r0meo!"), SaslFailure.MALFORMED_REQUEST);
    assertFailure(plain("\0juliet\0"), SaslFailure.MALFORMED_REQUEST);
    assertFailure(plain("\0juliet\0r0\0meo!"), SaslFailure.MALFORMED_REQUEST);
    SaslMechanism plain = mechanisms.create("PLAIN", TLS).orElseThrow();
    assertFailure(
        plain.start(Optional.of(new byte[] {0, 'j', 0, (byte) 0xc3})),
        SaslFailure.MALFORMED_REQUEST);
  }

  @Test
  void notOfferedNorCreatedWithoutTls() {
    assertThat(mechanisms.offered(CLEAR)).doesNotContain("PLAIN");
    assertThat(mechanisms.create("PLAIN", CLEAR)).isEmpty();
    assertThat(mechanisms.offered(TLS)).contains("PLAIN");
  }
}
