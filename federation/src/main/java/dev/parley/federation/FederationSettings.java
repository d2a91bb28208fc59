package dev.parley.federation;

import java.util.Map;

/**
 * The cluster-wide XMPP federation settings of the seed (Presence > Inter Domain Federation > XMPP
 * Federation > Settings), validated as a whole: the TLS and SASL settings exist only with TLS
 * Optional or TLS Required.
 *
 * @param securityMode No TLS, TLS Optional or TLS Required
 * @param requireValidCertificates "Require client-side security certificates": strict validation of
 *     the peer's certificate against the installed root CAs and its domain (RFC 6125)
 * @param saslExternalIncoming advertise and accept SASL EXTERNAL (XEP-0178) on incoming streams
 * @param saslExternalOutbound authenticate with our certificate when a peer offers SASL EXTERNAL
 * @param dialbackSecret the secret behind dialback keys (XEP-0185); never empty
 * @param pinnedCertificates remote domain to SHA-256 certificate fingerprint (hex), accepted
 *     instead of CA validation for that domain only
 */
public record FederationSettings(
    SecurityMode securityMode,
    boolean requireValidCertificates,
    boolean saslExternalIncoming,
    boolean saslExternalOutbound,
    String dialbackSecret,
    Map<String, String> pinnedCertificates) {

  public FederationSettings {
    pinnedCertificates = Map.copyOf(pinnedCertificates);
    if (dialbackSecret == null || dialbackSecret.length() < 16) {
      throw new IllegalArgumentException("the dialback secret must have at least 16 characters");
    }
    if (securityMode == SecurityMode.NO_TLS
        && (requireValidCertificates || saslExternalIncoming || saslExternalOutbound)) {
      throw new IllegalArgumentException(
          "certificate and SASL settings can be set only with TLS Optional or TLS Required");
    }
  }

  /** The settings the seed describes for a mode: certificates and SASL on with TLS. */
  public static FederationSettings defaults(SecurityMode mode, String dialbackSecret) {
    boolean tls = mode.usesTls();
    return new FederationSettings(mode, tls, tls, tls, dialbackSecret, Map.of());
  }
}
