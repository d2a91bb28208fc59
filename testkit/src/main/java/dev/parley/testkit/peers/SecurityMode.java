package dev.parley.testkit.peers;

/**
 * The seed's three server-to-server security settings, as a peer server is configured for them. The
 * mapping to each peer's options is the table in {@code PEERS.md}; the peer classes render it.
 */
public enum SecurityMode {
  /**
   * No TLS at all: the streams stay in clear text and servers are verified by dialback (XEP-0220).
   */
  NO_TLS,
  /** STARTTLS is offered and tried, but a link may fall back to dialback without it. */
  TLS_OPTIONAL,
  /**
   * STARTTLS is required and the peer's certificate must chain to the test CA (strict, RFC 6125);
   * SASL EXTERNAL authenticates the link, and dialback is not available.
   */
  TLS_REQUIRED;

  /** Whether the peer must be given a certificate, a key and the test CA. */
  public boolean usesTls() {
    return this != NO_TLS;
  }

  /** Whether the dialback module is loaded: in every mode except the strict one. */
  public boolean allowsDialback() {
    return this != TLS_REQUIRED;
  }
}
