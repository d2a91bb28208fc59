package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testkit.pki.TestCa;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustDirectoryTest {
  private static final TestCa FIRST = TestCa.create("First CA");
  private static final TestCa SECOND = TestCa.create("Second CA");
  private static final TestCa THIRD = TestCa.create("Third CA");

  @Test
  void loadsEveryCertificateOfPemAndCrtFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bundle.pem"), FIRST.caPem() + SECOND.caPem());
    Files.writeString(dir.resolve("third.CRT"), THIRD.caPem());
    Files.writeString(dir.resolve("README.txt"), "not a certificate, and not read");
    Files.createDirectory(dir.resolve("nested.pem"));

    TrustDirectory trust = TrustDirectory.load(dir);

    assertThat(trust.certificates())
        .containsExactly(FIRST.certificate(), SECOND.certificate(), THIRD.certificate());
    assertThat(trust.anchors()).hasSize(3);
    assertThat(trust.contains(SECOND.certificate())).isTrue();
    assertThat(trust.isEmpty()).isFalse();
  }

  @Test
  void duplicatesAreKeptOnce(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.pem"), FIRST.caPem());
    Files.writeString(dir.resolve("b.pem"), FIRST.caPem());

    assertThat(TrustDirectory.load(dir).certificates()).containsExactly(FIRST.certificate());
  }

  @Test
  void badFileIsNamedInTheException(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.pem"), FIRST.caPem());
    Path bad = Files.writeString(dir.resolve("broken.crt"), "-----BEGIN CERTIFICATE-----\nAAAA\n");

    assertThatThrownBy(() -> TrustDirectory.load(dir))
        .isInstanceOf(TrustDirectoryException.class)
        .hasMessageContaining(bad.toString());
  }

  @Test
  void fileWithoutAnyCertificateIsAnError(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.pem"), "");

    assertThatThrownBy(() -> TrustDirectory.load(dir))
        .isInstanceOf(TrustDirectoryException.class)
        .hasMessageContaining(empty.toString());
  }

  @Test
  void emptyOrMissingDirectoryTrustsNoCa(@TempDir Path dir) {
    assertThat(TrustDirectory.load(dir).isEmpty()).isTrue();
    assertThat(TrustDirectory.load(dir.resolve("missing")).isEmpty()).isTrue();
    assertThat(TrustDirectory.empty().anchors()).isEmpty();
  }

  @Test
  void systemCasAreAddedToTheDirectory(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ca.pem"), FIRST.caPem());

    TrustDirectory trust = TrustDirectory.loadWithSystemCas(dir);

    assertThat(trust.certificates().getFirst()).isEqualTo(FIRST.certificate());
    assertThat(trust.certificates()).hasSizeGreaterThan(10);
    assertThat(TrustDirectory.loadWithSystemCas(dir.resolve("missing")).isEmpty()).isFalse();
  }
}
