package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import dev.parley.testkit.pki.LeafSpec;
import dev.parley.testkit.pki.SubjectName;
import dev.parley.testkit.pki.TestCa;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6125 §6 identity checks as RFC 7590 and XEP-0178 apply them to XMPP servers. */
class CertificateIdentityTest {
  private static final TestCa CA = TestCa.create("Parley Test CA");

  private static X509Certificate leaf(String commonName, SubjectName... names) {
    return CA.issue(LeafSpec.forDomain(commonName).withNames(names)).leaf();
  }

  private static String match(X509Certificate leaf, String domain) {
    return CertificateIdentity.match(leaf, DomainJid.of(domain)).orElse("none");
  }

  @Test
  void dnsIdMatchesItsDomainOnly() {
    X509Certificate leaf = CA.issue("a.example").leaf();

    assertThat(match(leaf, "a.example")).isEqualTo("DNS-ID a.example");
    assertThat(match(leaf, "A.Example.")).isEqualTo("DNS-ID a.example");
    assertThat(match(leaf, "b.example")).isEqualTo("none");
    assertThat(match(leaf, "x.a.example")).isEqualTo("none");
  }

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
    "*.example.com, a.example.com, true",
    "*.example.com, example.com, false",
    "*.example.com, a.b.example.com, false",
    "*.EXAMPLE.com, A.example.COM, true",
    "*.com, example.com, false",
    "f*.example.com, foo.example.com, false",
    "a.*.example.com, a.b.example.com, false",
    "*.xn--bcher-kva.example, chat.bücher.example, true"
  })
  void wildcardOnlyAsTheWholeLeftMostLabel(String pattern, String domain, boolean matches) {
    X509Certificate leaf = leaf("wild.example", SubjectName.dns(pattern));

    assertThat(CertificateIdentity.matches(leaf, DomainJid.of(domain))).isEqualTo(matches);
  }

  @Test
  void srvIdMatchesXmppServerServiceOfTheDomain() {
    X509Certificate leaf =
        leaf("srv.example", SubjectName.xmppServerSrv("srv.example"), SubjectName.dns("other"));

    assertThat(match(leaf, "srv.example")).isEqualTo("SRV-ID _xmpp-server.srv.example");
    assertThat(match(leaf, "elsewhere.example")).isEqualTo("none");
  }

  @Test
  void srvIdForDirectTlsServiceMatchesToo() {
    X509Certificate leaf = leaf("tls.example", new SubjectName.SrvId("_xmpps-server.tls.example"));

    assertThat(match(leaf, "tls.example")).isEqualTo("SRV-ID _xmpps-server.tls.example");
  }

  @Test
  void srvIdOfAnotherServiceDoesNotMatch() {
    X509Certificate leaf = leaf("c.example", new SubjectName.SrvId("_xmpp-client.c.example"));

    assertThat(match(leaf, "c.example")).isEqualTo("none");
    assertThat(CertificateIdentity.domainsIn(leaf)).isEmpty();
  }

  @Test
  void xmppAddrMatchesADomainJidOnly() {
    X509Certificate leaf =
        leaf(
            "x.example",
            SubjectName.xmppAddr("x.example"),
            SubjectName.xmppAddr("admin@y.example"),
            SubjectName.xmppAddr("z.example/resource"));

    assertThat(match(leaf, "x.example")).isEqualTo("XmppAddr x.example");
    assertThat(match(leaf, "y.example")).isEqualTo("none");
    assertThat(match(leaf, "z.example")).isEqualTo("none");
  }

  @Test
  void commonNameCountsOnlyWithoutIdentifierSans() {
    X509Certificate cnOnly = leaf("legacy.example");
    X509Certificate withSan = leaf("legacy.example", SubjectName.dns("modern.example"));
    X509Certificate withXmppAddr = leaf("legacy.example", SubjectName.xmppAddr("m.example"));
    X509Certificate withUri = leaf("legacy.example", new SubjectName.Uri("xmpp:m.example"));

    assertThat(match(cnOnly, "legacy.example")).isEqualTo("CN legacy.example");
    assertThat(match(cnOnly, "other.example")).isEqualTo("none");
    assertThat(match(withSan, "legacy.example")).isEqualTo("none");
    assertThat(match(withXmppAddr, "legacy.example")).isEqualTo("none");
    assertThat(match(withUri, "legacy.example")).isEqualTo("none");
  }

  @Test
  void internationalizedDomainsCompareAsALabels() {
    X509Certificate dnsALabel = leaf("idn.example", SubjectName.dns("xn--bcher-kva.example"));
    X509Certificate xmppAddrULabel = leaf("idn.example", SubjectName.xmppAddr("Bücher.example"));
    // RFC 4985: an SRV-ID is an IA5String, so its name is in A-labels.
    X509Certificate srvALabel =
        leaf("idn.example", SubjectName.xmppServerSrv("xn--bcher-kva.example"));

    assertThat(match(dnsALabel, "bücher.example")).isEqualTo("DNS-ID xn--bcher-kva.example");
    assertThat(match(dnsALabel, "xn--bcher-kva.example")).isEqualTo("DNS-ID xn--bcher-kva.example");
    assertThat(match(xmppAddrULabel, "BÜCHER.example")).isEqualTo("XmppAddr Bücher.example");
    assertThat(match(srvALabel, "bücher.example")).startsWith("SRV-ID");
    assertThat(match(dnsALabel, "bucher.example")).isEqualTo("none");
  }

  @Test
  void domainsInListsEveryIdentifierAsALabels() {
    X509Certificate leaf =
        leaf(
            "cn.example",
            SubjectName.dns("a.example"),
            SubjectName.dns("*.a.example"),
            SubjectName.xmppServerSrv("b.example"),
            SubjectName.xmppAddr("bücher.example"),
            SubjectName.xmppAddr("user@c.example"));

    assertThat(CertificateIdentity.domainsIn(leaf))
        .containsExactly("a.example", "*.a.example", "b.example", "xn--bcher-kva.example");
  }

  @Test
  void domainsInFallsBackToTheCommonNameWithoutSans() {
    assertThat(CertificateIdentity.domainsIn(leaf("Legacy.Example")))
        .containsExactly("legacy.example");
    assertThat(CertificateIdentity.domainsIn(leaf("Some Company Ltd"))).isEmpty();
  }
}
