package dev.parley.testkit.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCaTest {
  private static final TestCa CA = TestCa.create("Parley Test CA");

  @Test
  void defaultLeafHasOnlyTheDomainAsDnsNameAndBothTlsPurposes() throws Exception {
    X509Certificate leaf = CA.issue("a.example").leaf();

    assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, "a.example"));
    assertThat(leaf.getExtendedKeyUsage())
        .containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
    assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=a.example");
    assertThat(leaf.getIssuerX500Principal()).isEqualTo(CA.certificate().getSubjectX500Principal());
    leaf.verify(CA.certificate().getPublicKey());
    leaf.checkValidity();
  }

  @Test
  void leafCanCarryOtherNamesAndChosenPurposeAndValidity() throws Exception {
    Instant now = Instant.now();
    LeafSpec spec =
        LeafSpec.forDomain("b.example")
            .withNames(SubjectName.xmppServerSrv("b.example"), SubjectName.xmppAddr("b.example"))
            .withPurpose(KeyPurpose.SERVER_AUTH)
            .withValidity(Validity.expired(now))
            .withAlgorithm(KeyAlgorithm.RSA_2048);
    X509Certificate leaf = CA.issue(spec).leaf();

    assertThat(leaf.getSubjectAlternativeNames().stream().<Object>map(name -> name.get(0)).toList())
        .containsExactly(0, 0);
    assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(leaf.getNotAfter().toInstant()).isBefore(now);
    assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("RSA");
  }

  @Test
  void leafWithoutNamesOrPurposeHasNeitherExtension() throws Exception {
    X509Certificate leaf =
        CA.issue(LeafSpec.forDomain("c.example").withNames().withPurpose(KeyPurpose.NONE)).leaf();

    assertThat(leaf.getSubjectAlternativeNames()).isNull();
    assertThat(leaf.getExtendedKeyUsage()).isNull();
  }

  @Test
  void intermediateIssuesLeavesWithTheIntermediateInTheChain() throws Exception {
    TestCa intermediate = CA.intermediate("Parley Issuing CA");
    IssuedCertificate issued = intermediate.issue("d.example");

    assertThat(issued.chain()).hasSize(2);
    issued.leaf().verify(intermediate.certificate().getPublicKey());
    issued.chain().get(1).verify(CA.certificate().getPublicKey());
    assertThat(intermediate.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void writesPemFilesTheJdkReadsBack(@TempDir Path dir) throws Exception {
    TestCa intermediate = CA.intermediate("Parley Issuing CA");
    IssuedCertificate.PemFiles files = intermediate.issue("e.example").writeTo(dir, "e");
    Path caFile = CA.writeCaTo(dir.resolve("trust/ca.pem"));

    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    try (InputStream in = Files.newInputStream(files.chain())) {
      assertThat(factory.generateCertificates(in)).hasSize(2);
    }
    try (InputStream in = Files.newInputStream(caFile)) {
      assertThat(factory.generateCertificate(in)).isEqualTo(CA.certificate());
    }
    String key = Files.readString(files.key());
    assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----\n");
    String body = key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    assertThat(
            KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body))))
        .isNotNull();
  }
}
