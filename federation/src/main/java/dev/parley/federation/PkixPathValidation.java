package dev.parley.federation;

import dev.parley.federation.CertificateVerdict.Untrusted;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * RFC 5280 path validation of a presented chain to the trusted CAs with the JDK's "PKIX"
 * CertPathValidator. It checks signatures, validity at a given instant, basic constraints, key
 * usage of the CAs, name constraints and policies; it does not look at the leaf's extended key
 * usage (the verifier does, so that serverAuth-only leaves pass in both directions) nor at names.
 */
final class PkixPathValidation {
  private final TrustDirectory trust;

  PkixPathValidation(TrustDirectory trust) {
    this.trust = trust;
  }

  /** The outcome: a chain to an anchor, or the reason there is none. */
  sealed interface Result {
    /** The chain leads to the CA with this subject. */
    record Valid(String anchorSubject) implements Result {}

    /** No valid path; {@code untrusted} says why in the contract's terms. */
    record Invalid(Untrusted untrusted) implements Result {}
  }

  Result validate(List<X509Certificate> chain, Instant at) {
    if (trust.isEmpty()) {
      return invalid("cert-untrusted", "no trusted CA is installed");
    }
    try {
      CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(pathOf(chain));
      PKIXParameters parameters = new PKIXParameters(trust.anchors());
      // Revocation (OCSP, CRL) is off: it needs network access to the CAs' responders, which
      // tests do not have and which must not block an event loop; it is future work with
      // stapling. The short lifetimes of public server certificates bound the exposure.
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      var result =
          (PKIXCertPathValidatorResult)
              CertPathValidator.getInstance("PKIX").validate(path, parameters);
      return new Result.Valid(
          result.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName());
    } catch (CertPathValidatorException e) {
      return invalid(reason(e), describe(e));
    } catch (GeneralSecurityException e) {
      return invalid("cert-untrusted", "cannot validate the chain: " + e.getMessage());
    }
  }

  /**
   * The presented chain up to, without, the first certificate that is itself a trusted CA: RFC 5280
   * §6.1 paths exclude the anchor, and servers often send their root too. The leaf always stays, so
   * a self-signed peer certificate installed as an anchor validates against itself.
   */
  private List<X509Certificate> pathOf(List<X509Certificate> chain) {
    for (int i = 1; i < chain.size(); i++) {
      if (trust.contains(chain.get(i))) {
        return chain.subList(0, i);
      }
    }
    return chain;
  }

  private static String reason(CertPathValidatorException e) {
    if (e.getReason() == BasicReason.EXPIRED) {
      return "cert-expired";
    }
    if (e.getReason() == BasicReason.NOT_YET_VALID) {
      return "cert-not-yet-valid";
    }
    return "cert-untrusted";
  }

  private static String describe(CertPathValidatorException e) {
    String where = e.getIndex() >= 0 ? " (chain position " + e.getIndex() + ")" : "";
    return "no valid path to a trusted CA: " + e.getMessage() + where;
  }

  private static Result invalid(String reason, String text) {
    return new Result.Invalid(new Untrusted(reason, text));
  }
}
