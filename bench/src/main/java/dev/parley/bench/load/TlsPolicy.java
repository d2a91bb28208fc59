package dev.parley.bench.load;

/** Whether the load tool's clients negotiate STARTTLS (RFC 6120 §5). */
public enum TlsPolicy {
  /** Never, even when the server offers it (a server that requires TLS then refuses login). */
  NONE,
  /** When the server offers it. */
  AUTO,
  /** Always: a server without STARTTLS is an error. */
  REQUIRED
}
