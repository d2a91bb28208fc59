package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SCRAM-SHA-1 and SCRAM-SHA-256 example exchanges of RFC 5802 §5 and RFC 7677 §3. */
class ScramClientTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void sha1ExchangeOfRfc5802() {
    ScramClient client =
        new ScramClient(
            "SCRAM-SHA-1", "HmacSHA1", "SHA-1", "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");

    assertThat(text(client.initialResponse())).isEqualTo("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL");
    byte[] clientFinal =
        client.respond(
            utf8("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"));
    assertThat(text(clientFinal))
        .isEqualTo(
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=");
    client.verifySuccess(utf8("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
  }

  @Test
  void sha256ExchangeOfRfc7677() {
    ScramClient client =
        new ScramClient(
            "SCRAM-SHA-256", "HmacSHA256", "SHA-256", "user", "pencil", "rOprNGfwEbeRWgbNEkqO");

    client.initialResponse();
    byte[] clientFinal =
        client.respond(
            utf8(
                "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                    + "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"));
    assertThat(text(clientFinal))
        .isEqualTo(
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    client.verifySuccess(utf8("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
  }

  @Test
  void aWrongServerSignatureIsRefused() {
    ScramClient client =
        new ScramClient(
            "SCRAM-SHA-1", "HmacSHA1", "SHA-1", "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    client.initialResponse();
    client.respond(utf8("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"));

    assertThatThrownBy(() -> client.verifySuccess(utf8("v=AAAApqV8S7suAoZWja4dJRkFsKQ=")))
        .isInstanceOf(SaslClient.SaslFailure.class);
  }

  @Test
  void aServerNonceNotExtendingOursIsRefused() {
    ScramClient client = ScramClient.sha1("user", "pencil");
    client.initialResponse();

    assertThatThrownBy(() -> client.respond(utf8("r=someone-else,s=QSXCR+Q6sek8bf92,i=4096")))
        .isInstanceOf(SaslClient.SaslFailure.class);
  }

  @Test
  void plainSendsAuthcidAndPassword() {
    assertThat(text(SaslClient.create("PLAIN", "load1", "pw").initialResponse()))
        .isEqualTo("\0load1\0pw");
  }
}
