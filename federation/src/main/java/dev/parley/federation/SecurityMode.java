package dev.parley.federation;

/** The seed's "security mode" of XMPP federation. */
public enum SecurityMode {
  /** Never TLS; the peer's identity is checked by dialback. */
  NO_TLS,
  /** Offer and attempt STARTTLS; without TLS fall back to plaintext with dialback. */
  TLS_OPTIONAL,
  /** No stanza is ever exchanged without TLS, in either direction. */
  TLS_REQUIRED;

  public boolean usesTls() {
    return this != NO_TLS;
  }
}
