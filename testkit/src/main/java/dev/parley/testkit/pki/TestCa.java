package dev.parley.testkit.pki;

import dev.parley.testkit.pki.CertificateSigner.Issuer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate authority for tests: a self-signed root made by {@link #create}, or an intermediate
 * made by {@link #intermediate}, that issues server leaves described by a {@link LeafSpec}.
 *
 * <pre>{@code
 * TestCa ca = TestCa.create("Parley Test CA");
 * IssuedCertificate cert = ca.issue("a.example");
 * PemFiles files = cert.writeTo(dir, "a.example");      // for Netty, Prosody, ejabberd
 * Files.writeString(trustDir.resolve("ca.pem"), ca.caPem());
 * }</pre>
 */
public final class TestCa {
  private static final Duration CA_LIFETIME = Duration.ofDays(3650);

  private final Issuer issuer;

  /** This CA's certificate followed by its issuers up to, but without, the root. */
  private final List<X509Certificate> intermediates;

  private TestCa(Issuer issuer, List<X509Certificate> intermediates) {
    this.issuer = issuer;
    this.intermediates = List.copyOf(intermediates);
  }

  /** A root CA with an ECDSA P-256 key and the subject {@code CN=<name>}. */
  public static TestCa create(String name) {
    return create(name, KeyAlgorithm.EC_P256);
  }

  /** A root CA with the given key algorithm and the subject {@code CN=<name>}. */
  public static TestCa create(String name, KeyAlgorithm algorithm) {
    KeyPair pair = CertificateSigner.keyPair(algorithm);
    Issuer self = new Issuer(null, pair.getPrivate(), algorithm);
    X509Certificate root = CertificateSigner.ca(self, "CN=" + name, pair.getPublic(), caValidity());
    return new TestCa(new Issuer(root, pair.getPrivate(), algorithm), List.of());
  }

  /** An intermediate CA signed by this one, valid for ten years from yesterday. */
  public TestCa intermediate(String name) {
    return intermediate(name, caValidity());
  }

  /** An intermediate CA signed by this one, with a chosen validity (to test an expired one). */
  public TestCa intermediate(String name, Validity validity) {
    KeyPair pair = CertificateSigner.keyPair(issuer.algorithm());
    X509Certificate certificate =
        CertificateSigner.ca(issuer, "CN=" + name, pair.getPublic(), validity);
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(certificate);
    chain.addAll(intermediates);
    return new TestCa(new Issuer(certificate, pair.getPrivate(), issuer.algorithm()), chain);
  }

  /** The default leaf for {@code domain}: see {@link LeafSpec#forDomain}. */
  public IssuedCertificate issue(String domain) {
    return issue(LeafSpec.forDomain(domain));
  }

  /** A leaf as {@code spec} describes, with the chain up to (without) the root. */
  public IssuedCertificate issue(LeafSpec spec) {
    KeyPair pair = CertificateSigner.keyPair(spec.algorithm());
    X509Certificate leaf = CertificateSigner.leaf(issuer, spec, pair.getPublic());
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(leaf);
    chain.addAll(intermediates);
    return new IssuedCertificate(chain, pair.getPrivate());
  }

  /** This CA's own certificate (for an intermediate, not the root). */
  public X509Certificate certificate() {
    return issuer.certificate();
  }

  /** This CA's own certificate as PEM, to install as a trust anchor. */
  public String caPem() {
    return Pem.certificates(List.of(issuer.certificate()));
  }

  /** Writes {@link #caPem()} to {@code file}, creating its directory, and returns the file. */
  public Path writeCaTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, caPem());
    } catch (IOException e) {
      throw new TestPkiException("cannot write the CA certificate to " + file, e);
    }
  }

  private static Validity caValidity() {
    Instant now = Instant.now();
    return new Validity(now.minus(Duration.ofDays(1)), now.plus(CA_LIFETIME));
  }
}
