package dev.parley.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example exchanges of RFC 5802 §5 and RFC 7677 §3, byte for byte. */
class ScramVectorsTest {
  private static final SaslContext CONTEXT = new SaslContext(DomainJid.of("example.com"), false);

  @Test
  void rfc5802ScramSha1Example() {
    exchange(
        ScramMechanism.SCRAM_SHA_1,
        "QSXCR+Q6sek8bf92",
        "3rfcNHYJY1ZVvWVs7j",
        "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
        "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
        "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
        "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
  }

  @Test
  void rfc7677ScramSha256Example() {
    exchange(
        ScramMechanism.SCRAM_SHA_256,
        "W22ZaJ0SNY7soEsUEjb6gQ==",
        "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0",
        "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
        "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
  }

  @Test
  void testClientReproducesTheRfc5802Proof() {
    ScramTestClient client =
        ScramTestClient.of(
            ScramMechanism.SCRAM_SHA_1, "user", "fyko+d2lbbFgONRv9qkxdawL", "pencil");
    byte[] clientFinal =
        client.clientFinal(
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"
                .getBytes(UTF_8));
    assertThat(new String(clientFinal, UTF_8))
        .isEqualTo(
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=");
    assertThat(client.expectedServerFinal()).isEqualTo("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
  }

  private static void exchange(
      ScramMechanism mechanism,
      String salt,
      String serverNonce,
      String clientFirst,
      String serverFirst,
      String clientFinal,
      String serverFinal) {
    InMemoryUserStore users = new InMemoryUserStore();
    BareJid user = BareJid.of("user", "example.com");
    ScramCredential credential =
        ScramHasher.derive(
            mechanism, "pencil".getBytes(UTF_8), Base64.getDecoder().decode(salt), 4096);
    users.create(Account.of(user, false), List.of(credential));
    ScramServerMechanism server =
        new ScramServerMechanism(
            mechanism, users, CONTEXT, FakeCredentials.random(), () -> serverNonce);

    SaslStep first = server.start(Optional.of(clientFirst.getBytes(UTF_8)));
    assertThat(first).isInstanceOf(SaslStep.Challenge.class);
    assertThat(new String(((SaslStep.Challenge) first).data(), UTF_8)).isEqualTo(serverFirst);

    SaslStep last = server.respond(clientFinal.getBytes(UTF_8));
    assertThat(last).isInstanceOf(SaslStep.Success.class);
    SaslStep.Success success = (SaslStep.Success) last;
    assertThat(success.identity()).isEqualTo(user);
    assertThat(success.additionalData())
        .hasValueSatisfying(data -> assertThat(new String(data, UTF_8)).isEqualTo(serverFinal));
  }
}
