package dev.parley.federation;

import dev.parley.federation.CertificateVerdict.Trusted;
import dev.parley.federation.CertificateVerdict.Untrusted;
import dev.parley.protocol.DomainJid;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Strict validation of a peer server's certificate (the seed's "Require client-side security
 * certificates"), the same for inbound and outbound streams:
 *
 * <ol>
 *   <li>no certificate: {@code cert-missing};
 *   <li>a pinned domain: the leaf's SHA-256 fingerprint must equal the pin ({@code
 *       cert-pin-mismatch}); nothing else is checked, the operator vouched for that key;
 *   <li>otherwise the leaf must be within its validity at the clock's instant ({@code
 *       cert-expired}, {@code cert-not-yet-valid}), allow TLS use by its extended key usage, chain
 *       to a trusted CA by RFC 5280 path validation ({@code cert-untrusted}) and name the domain by
 *       RFC 6125 ({@code cert-name-mismatch}, see {@link CertificateIdentity}).
 * </ol>
 *
 * <p>The JDK's {@code X509TrustManager.checkClientTrusted} is deliberately not used: it demands the
 * clientAuth extended key usage, but public CAs issue serverAuth-only certificates since 2026, and
 * a server that demanded clientAuth from its peers could no longer federate with them.
 */
public final class PkixPeerCertificateVerifier implements PeerCertificateVerifier {
  private static final Logger LOG = LoggerFactory.getLogger(PkixPeerCertificateVerifier.class);
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
  private static final Set<String> TLS_PURPOSES =
      Set.of(SERVER_AUTH, CLIENT_AUTH, ANY_EXTENDED_KEY_USAGE);

  private final PkixPathValidation paths;
  private final Map<String, String> pins;
  private final Clock clock;

  /**
   * @param trust the CAs a chain may lead to
   * @param pinned remote domain to SHA-256 fingerprint of its leaf certificate (hex, any case,
   *     colons allowed), as in {@link FederationSettings#pinnedCertificates()}
   * @param clock the time certificates must be valid at
   * @throws IllegalArgumentException if a pinned domain or fingerprint is malformed
   */
  public PkixPeerCertificateVerifier(
      TrustDirectory trust, Map<String, String> pinned, Clock clock) {
    this.paths = new PkixPathValidation(trust);
    this.clock = clock;
    Map<String, String> normalized = new HashMap<>();
    pinned.forEach(
        (domain, fingerprint) ->
            normalized.put(
                CertificateIdentity.aLabel(domain)
                    .orElseThrow(
                        () -> new IllegalArgumentException("not a domain to pin: " + domain)),
                CertificateFingerprints.normalize(fingerprint)));
    this.pins = Map.copyOf(normalized);
  }

  @Override
  public CertificateVerdict verify(List<X509Certificate> chain, DomainJid domain) {
    CertificateVerdict verdict;
    if (chain.isEmpty()) {
      verdict = new Untrusted("cert-missing", "the peer presented no certificate");
    } else {
      String pin = CertificateIdentity.aLabel(domain.domain()).map(pins::get).orElse(null);
      verdict = pin == null ? caValidated(chain, domain) : pinned(chain.getFirst(), pin);
    }
    LOG.debug("Certificate of {}: {}", domain, verdict);
    return verdict;
  }

  private static CertificateVerdict pinned(X509Certificate leaf, String pin) {
    String actual = CertificateFingerprints.sha256(leaf);
    if (!CertificateFingerprints.matches(leaf, pin)) {
      return new Untrusted(
          "cert-pin-mismatch", "SHA-256 fingerprint " + actual + " is not the pinned " + pin);
    }
    return trusted(leaf, "pinned fingerprint");
  }

  private CertificateVerdict caValidated(List<X509Certificate> chain, DomainJid domain) {
    X509Certificate leaf = chain.getFirst();
    Instant now = clock.instant();
    Optional<Untrusted> leafProblem = validity(leaf, now).or(() -> purpose(leaf));
    if (leafProblem.isPresent()) {
      return leafProblem.get();
    }
    return switch (paths.validate(chain, now)) {
      case PkixPathValidation.Result.Invalid invalid -> invalid.untrusted();
      case PkixPathValidation.Result.Valid valid ->
          CertificateIdentity.match(leaf, domain)
              .<CertificateVerdict>map(
                  how -> trusted(leaf, "chain to " + valid.anchorSubject() + ", " + how))
              .orElseGet(() -> nameMismatch(leaf, domain));
    };
  }

  /** Checked before path validation so the verdict names the leaf's own validity precisely. */
  private static Optional<Untrusted> validity(X509Certificate leaf, Instant now) {
    try {
      leaf.checkValidity(java.util.Date.from(now));
      return Optional.empty();
    } catch (CertificateExpiredException e) {
      return Optional.of(new Untrusted("cert-expired", "expired on " + notAfter(leaf)));
    } catch (CertificateNotYetValidException e) {
      return Optional.of(
          new Untrusted(
              "cert-not-yet-valid", "valid only from " + leaf.getNotBefore().toInstant()));
    }
  }

  /**
   * RFC 5280 §4.2.1.12: no extension means any purpose. serverAuth alone is enough in both
   * directions (see the class comment); a leaf restricted to other purposes (code signing, e-mail)
   * is not a TLS server certificate.
   */
  private static Optional<Untrusted> purpose(X509Certificate leaf) {
    try {
      List<String> purposes = leaf.getExtendedKeyUsage();
      if (purposes == null || purposes.stream().anyMatch(TLS_PURPOSES::contains)) {
        return Optional.empty();
      }
      return Optional.of(
          new Untrusted(
              "cert-untrusted",
              "extended key usage " + purposes + " allows neither serverAuth nor clientAuth"));
    } catch (CertificateParsingException e) {
      return Optional.of(
          new Untrusted("cert-untrusted", "unreadable extended key usage: " + e.getMessage()));
    }
  }

  private static Untrusted nameMismatch(X509Certificate leaf, DomainJid domain) {
    return new Untrusted(
        "cert-name-mismatch",
        "the certificate names " + CertificateIdentity.domainsIn(leaf) + ", not " + domain);
  }

  private static Trusted trusted(X509Certificate leaf, String how) {
    return new Trusted(
        leaf.getSubjectX500Principal().getName(),
        leaf.getIssuerX500Principal().getName(),
        leaf.getNotAfter().toInstant(),
        how);
  }

  private static Instant notAfter(X509Certificate leaf) {
    return leaf.getNotAfter().toInstant();
  }
}
