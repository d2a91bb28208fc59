package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.testkit.pki.TestCa;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateFingerprintsTest {
  private static final X509Certificate LEAF =
      TestCa.create("Parley Test CA").issue("a.example").leaf();

  @Test
  void sha256IsTheDigestOfTheDerEncodingInLowerCaseHex() throws Exception {
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(LEAF.getEncoded()));

    assertThat(CertificateFingerprints.sha256(LEAF)).isEqualTo(expected).hasSize(64);
  }

  @Test
  void colonSeparatedUpperCaseFormMatches() {
    String hex = CertificateFingerprints.sha256(LEAF);
    String openssl = String.join(":", hex.toUpperCase(Locale.ROOT).split("(?<=\\G..)"));

    assertThat(openssl).contains(":");
    assertThat(CertificateFingerprints.normalize(openssl)).isEqualTo(hex);
    assertThat(CertificateFingerprints.matches(LEAF, openssl)).isTrue();
    assertThat(CertificateFingerprints.matches(LEAF, "00".repeat(32))).isFalse();
  }

  @Test
  void rejectsWhatIsNotASha256Fingerprint() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CertificateFingerprints.normalize("ab:cd"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CertificateFingerprints.normalize("zz".repeat(32)))
        .withMessageContaining("SHA-256");
  }
}
