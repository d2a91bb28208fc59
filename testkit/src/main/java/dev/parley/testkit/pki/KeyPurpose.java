package dev.parley.testkit.pki;

/** The extended key usage (RFC 5280 §4.2.1.12) a test leaf carries. */
public enum KeyPurpose {
  /** serverAuth only: what public CAs issue since 2026, and must still work for s2s both ways. */
  SERVER_AUTH,
  /** serverAuth and clientAuth: the classic XMPP server certificate. */
  SERVER_AND_CLIENT_AUTH,
  /** No extended key usage extension at all (any purpose). */
  NONE,
  /** codeSigning only: a certificate that must never be accepted for TLS. */
  CODE_SIGNING
}
