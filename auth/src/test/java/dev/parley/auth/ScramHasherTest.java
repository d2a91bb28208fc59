package dev.parley.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import rocks.xmpp.precis.PrecisProfiles;

class ScramHasherTest {
  private final ScramHasher hasher = new ScramHasher(new SecureRandom(), 4096);

  @Test
  void hashesBothMechanismsWithOwnSaltsAndMatchesOnlyTheRightPassword() {
    char[] password = "correct horse".toCharArray();
    List<ScramCredential> credentials = hasher.hash(password);
    assertThat(credentials)
        .extracting(ScramCredential::mechanism)
        .containsExactly(ScramMechanism.SCRAM_SHA_256, ScramMechanism.SCRAM_SHA_1);
    assertThat(credentials.get(0).salt()).isNotEqualTo(credentials.get(1).salt());
    assertThat(Base64.getDecoder().decode(credentials.get(0).salt())).hasSize(16);
    assertThat(Base64.getDecoder().decode(credentials.get(0).storedKey())).hasSize(32);
    assertThat(Base64.getDecoder().decode(credentials.get(1).serverKey())).hasSize(20);
    assertThat(credentials).allSatisfy(c -> assertThat(c.iterations()).isEqualTo(4096));
    // The caller's array is left alone (the caller wipes it).
    assertThat(password).containsExactly("correct horse".toCharArray());
    for (ScramCredential credential : credentials) {
      assertThat(hasher.matches(credential, "correct horse".toCharArray())).isTrue();
      assertThat(hasher.matches(credential, "correct horsE".toCharArray())).isFalse();
      assertThat(hasher.matches(credential, new char[0])).isFalse();
    }
  }

  @Test
  void sameSaltAndPasswordGiveTheSameVerifier() {
    byte[] salt = new byte[16];
    ScramCredential a =
        ScramHasher.derive(ScramMechanism.SCRAM_SHA_256, "pw".getBytes(UTF_8), salt, 4096);
    ScramCredential b =
        ScramHasher.derive(ScramMechanism.SCRAM_SHA_256, "pw".getBytes(UTF_8), salt, 4096);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void customIterationCountIsUsedAndBelowMinimumRejected() {
    ScramHasher slow = new ScramHasher(new SecureRandom(), 10_000);
    ScramCredential credential = slow.hash("pw".toCharArray()).get(0);
    assertThat(credential.iterations()).isEqualTo(10_000);
    assertThat(slow.matches(credential, "pw".toCharArray())).isTrue();
    assertThatThrownBy(() -> new ScramHasher(new SecureRandom(), 4095))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void passwordsArePreparedWithOpaqueString() {
    List<ScramCredential> credentials = hasher.hash("a\u00A0b".toCharArray());
    // RFC 8265 §4.2.1: non-ASCII spaces map to U+0020.
    assertThat(hasher.matches(credentials.get(0), "a b".toCharArray())).isTrue();
    // NFC: a decomposed é equals the composed one.
    List<ScramCredential> accent = hasher.hash("caf\u00e9".toCharArray());
    assertThat(hasher.matches(accent.get(0), "cafe\u0301".toCharArray())).isTrue();
    assertThatThrownBy(() -> hasher.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> hasher.hash("tab\there".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("tab");
  }

  @Test
  void asciiFastPathAgreesWithThePrecisLibrary() {
    StringBuilder all = new StringBuilder();
    for (char c = 0x20; c <= 0x7e; c++) {
      all.append(c);
    }
    String ascii = all.toString();
    assertThat(new String(PasswordPreparation.prepare(ascii.toCharArray()), UTF_8))
        .isEqualTo(PrecisProfiles.OPAQUE_STRING.enforce(ascii));
  }
}
