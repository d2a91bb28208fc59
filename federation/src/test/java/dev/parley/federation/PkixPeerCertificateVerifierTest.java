package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.parley.federation.CertificateVerdict.Trusted;
import dev.parley.federation.CertificateVerdict.Untrusted;
import dev.parley.protocol.DomainJid;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.KeyAlgorithm;
import dev.parley.testkit.pki.KeyPurpose;
import dev.parley.testkit.pki.LeafSpec;
import dev.parley.testkit.pki.SubjectName;
import dev.parley.testkit.pki.TestCa;
import dev.parley.testkit.pki.Validity;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PkixPeerCertificateVerifierTest {
  private static final Instant NOW = Instant.now();
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final DomainJid DOMAIN = DomainJid.of("a.example");
  private static final TestCa CA = TestCa.create("Parley Test CA");
  private static final TestCa STRANGER = TestCa.create("Unknown CA");

  private final PkixPeerCertificateVerifier verifier =
      new PkixPeerCertificateVerifier(
          TrustDirectory.of(List.of(CA.certificate())), Map.of(), CLOCK);

  private static CertificateVerdict verify(
      PkixPeerCertificateVerifier verifier, IssuedCertificate issued) {
    return verifier.verify(issued.chain(), DOMAIN);
  }

  private CertificateVerdict verify(LeafSpec spec) {
    return verify(verifier, CA.issue(spec));
  }

  private static String reason(CertificateVerdict verdict) {
    return verdict instanceof Untrusted untrusted ? untrusted.reason() : "trusted";
  }

  @Test
  void emptyChainIsMissing() {
    assertThat(reason(verifier.verify(List.of(), DOMAIN))).isEqualTo("cert-missing");
  }

  @Test
  void chainToTrustedCaNamingTheDomainIsTrusted() {
    IssuedCertificate issued = CA.issue("a.example");

    CertificateVerdict verdict = verify(verifier, issued);

    assertThat(verdict)
        .isEqualTo(
            new Trusted(
                "CN=a.example",
                "CN=Parley Test CA",
                issued.leaf().getNotAfter().toInstant(),
                "chain to CN=Parley Test CA, DNS-ID a.example"));
  }

  @Test
  void serverAuthOnlyLeafIsAccepted() {
    assertThat(
            verify(LeafSpec.forDomain("a.example").withPurpose(KeyPurpose.SERVER_AUTH)).trusted())
        .isTrue();
  }

  @Test
  void leafWithoutExtendedKeyUsageIsAccepted() {
    assertThat(verify(LeafSpec.forDomain("a.example").withPurpose(KeyPurpose.NONE)).trusted())
        .isTrue();
  }

  @Test
  void codeSigningOnlyLeafIsRejected() {
    CertificateVerdict verdict =
        verify(LeafSpec.forDomain("a.example").withPurpose(KeyPurpose.CODE_SIGNING));

    assertThat(verdict).isInstanceOf(Untrusted.class);
    assertThat(reason(verdict)).isEqualTo("cert-untrusted");
    assertThat(((Untrusted) verdict).text()).contains("serverAuth");
  }

  @Test
  void expiredLeafIsExpired() {
    CertificateVerdict verdict =
        verify(LeafSpec.forDomain("a.example").withValidity(Validity.expired(NOW)));

    assertThat(reason(verdict)).isEqualTo("cert-expired");
  }

  @Test
  void notYetValidLeafIsNotYetValid() {
    CertificateVerdict verdict =
        verify(LeafSpec.forDomain("a.example").withValidity(Validity.notYetValid(NOW)));

    assertThat(reason(verdict)).isEqualTo("cert-not-yet-valid");
  }

  @Test
  void validityIsJudgedAtTheClocksInstant() {
    Clock twoYearsLater = Clock.fixed(NOW.plus(Duration.ofDays(730)), ZoneOffset.UTC);
    var later =
        new PkixPeerCertificateVerifier(
            TrustDirectory.of(List.of(CA.certificate())), Map.of(), twoYearsLater);

    assertThat(reason(verify(later, CA.issue("a.example")))).isEqualTo("cert-expired");
  }

  @Test
  void unknownCaIsUntrusted() {
    assertThat(reason(verify(verifier, STRANGER.issue("a.example")))).isEqualTo("cert-untrusted");
  }

  @Test
  void noTrustedCaMeansUntrusted() {
    var none = new PkixPeerCertificateVerifier(TrustDirectory.empty(), Map.of(), CLOCK);

    assertThat(reason(verify(none, CA.issue("a.example")))).isEqualTo("cert-untrusted");
  }

  @Test
  void nameMismatchIsReportedAfterAValidChain() {
    CertificateVerdict verdict = verify(verifier, CA.issue("b.example"));

    assertThat(reason(verdict)).isEqualTo("cert-name-mismatch");
    assertThat(((Untrusted) verdict).text()).contains("b.example");
  }

  @Test
  void srvIdAndXmppAddrLeavesAreTrusted() {
    var srv = LeafSpec.forDomain("a.example").withNames(SubjectName.xmppServerSrv("a.example"));
    var addr = LeafSpec.forDomain("a.example").withNames(SubjectName.xmppAddr("a.example"));

    assertThat(((Trusted) verify(srv)).how()).endsWith("SRV-ID _xmpp-server.a.example");
    assertThat(((Trusted) verify(addr)).how()).endsWith("XmppAddr a.example");
  }

  @Test
  void chainThroughAnIntermediateIsTrusted() {
    TestCa intermediate = CA.intermediate("Parley Issuing CA");
    IssuedCertificate issued = intermediate.issue("a.example");
    List<X509Certificate> withRoot = new ArrayList<>(issued.chain());
    withRoot.add(CA.certificate());

    assertThat(((Trusted) verify(verifier, issued)).how())
        .isEqualTo("chain to CN=Parley Test CA, DNS-ID a.example");
    assertThat(((Trusted) verify(verifier, issued)).issuer()).isEqualTo("CN=Parley Issuing CA");
    assertThat(verifier.verify(withRoot, DOMAIN).trusted()).isTrue();
  }

  @Test
  void missingIntermediateIsUntrusted() {
    IssuedCertificate issued = CA.intermediate("Parley Issuing CA").issue("a.example");

    assertThat(reason(verifier.verify(List.of(issued.leaf()), DOMAIN))).isEqualTo("cert-untrusted");
  }

  @Test
  void expiredIntermediateIsExpired() {
    TestCa intermediate = CA.intermediate("Old Issuing CA", Validity.expired(NOW));

    assertThat(reason(verify(verifier, intermediate.issue("a.example")))).isEqualTo("cert-expired");
  }

  @Test
  void rsaCaAndLeafAreTrusted() {
    TestCa rsa = TestCa.create("RSA CA", KeyAlgorithm.RSA_2048);
    var rsaVerifier =
        new PkixPeerCertificateVerifier(
            TrustDirectory.of(List.of(rsa.certificate())), Map.of(), CLOCK);

    IssuedCertificate issued =
        rsa.issue(LeafSpec.forDomain("a.example").withAlgorithm(KeyAlgorithm.RSA_2048));

    assertThat(verify(rsaVerifier, issued).trusted()).isTrue();
  }

  @Test
  void pinnedFingerprintTrustsWithoutCaOrValidityChecks() {
    IssuedCertificate issued =
        STRANGER.issue(LeafSpec.forDomain("other.example").withValidity(Validity.expired(NOW)));
    String pin = CertificateFingerprints.sha256(issued.leaf()).toUpperCase(java.util.Locale.ROOT);
    var pinned =
        new PkixPeerCertificateVerifier(TrustDirectory.empty(), Map.of("A.Example.", pin), CLOCK);

    CertificateVerdict verdict = verify(pinned, issued);

    assertThat(verdict).isInstanceOf(Trusted.class);
    assertThat(((Trusted) verdict).how()).isEqualTo("pinned fingerprint");
  }

  @Test
  void pinnedDomainWithAnotherCertificateIsAPinMismatch() {
    String otherPin = CertificateFingerprints.sha256(CA.issue("a.example").leaf());
    var pinned =
        new PkixPeerCertificateVerifier(
            TrustDirectory.of(List.of(CA.certificate())), Map.of("a.example", otherPin), CLOCK);

    assertThat(reason(verify(pinned, CA.issue("a.example")))).isEqualTo("cert-pin-mismatch");
  }

  @Test
  void malformedPinIsRefusedAtConstruction() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PkixPeerCertificateVerifier(
                    TrustDirectory.empty(), Map.of("a.example", "not-hex"), CLOCK));
  }

  @Test
  void selfSignedCertificateInstalledAsAnchorValidatesAgainstItself() {
    // The CA certificate stands in for a self-signed peer certificate an operator installed;
    // its CN is not the domain, so the verdict is about the name, not the chain.
    CertificateVerdict verdict = verifier.verify(List.of(CA.certificate()), DOMAIN);

    assertThat(reason(verdict)).isEqualTo("cert-name-mismatch");
    assertThat(((Untrusted) verdict).text()).contains("[]");
  }
}
