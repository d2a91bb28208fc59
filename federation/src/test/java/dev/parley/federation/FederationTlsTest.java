package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.LeafSpec;
import dev.parley.testkit.pki.SubjectName;
import dev.parley.testkit.pki.TestCa;
import dev.parley.transport.TlsContexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate chosen for a local domain or SNI name (chat node aliases, email domains). */
class FederationTlsTest {
  private static final TestCa CA = TestCa.create("FederationTlsTest CA");

  @TempDir Path dir;

  private TlsContexts.KeyPair pair(String domain, LeafSpec spec) throws IOException {
    IssuedCertificate issued = CA.issue(spec);
    IssuedCertificate.PemFiles files =
        issued.writeTo(Files.createDirectories(dir.resolve(domain)), domain);
    return new TlsContexts.KeyPair(domain, files.chain(), files.key());
  }

  @Test
  void choosesTheKeyPairWhoseCertificateCoversTheName() throws IOException {
    FederationTls tls =
        new FederationTls(
            List.of(
                pair("a.test", LeafSpec.forDomain("a.test")),
                pair(
                    "b.test",
                    LeafSpec.forDomain("b.test")
                        .withNames(SubjectName.dns("b.test"), SubjectName.dns("*.b.test"))),
                pair(
                    "c.test",
                    LeafSpec.forDomain("c.test")
                        .withNames(SubjectName.dns("c.test"), SubjectName.dns("rooms.c.test")))));

    assertThat(tls.keyPairFor("b.test")).isEqualTo("b.test");
    assertThat(tls.keyPairFor("conference.b.test")).as("wildcard SAN").isEqualTo("b.test");
    assertThat(tls.keyPairFor("ROOMS.c.test")).as("SAN entry, any case").isEqualTo("c.test");
    assertThat(tls.keyPairFor("deep.conference.b.test"))
        .as("a wildcard covers one label only; fall back to the first")
        .isEqualTo("a.test");
    assertThat(tls.keyPairFor("unknown.test")).isEqualTo("a.test");
    assertThat(tls.keyPairFor("")).as("no SNI").isEqualTo("a.test");
  }
}
