package dev.parley.federation;

/**
 * Where an inbound server stream is (RFC 6120 §4.2, §5.4.3.3, §6.4.6): waiting for a stream header
 * (at first, and again after STARTTLS and after SASL success restart the stream), open for
 * negotiation elements and, once a domain is authorized, stanzas; or closed. The security layers
 * reached so far travel with the state, since each restart adds one.
 */
sealed interface InboundState {

  /** The layers a stream has reached, in the only order RFC 6120 allows. */
  enum Security {
    PLAIN,
    TLS,
    /** TLS, then SASL EXTERNAL succeeded (XEP-0178). */
    TLS_SASL;

    boolean encrypted() {
      return this != PLAIN;
    }
  }

  /** Waiting for the peer's stream header. */
  record AwaitingHeader(Security security) implements InboundState {}

  /** The header was answered with features; elements flow. */
  record Open(Security security) implements InboundState {}

  /** The stream ended or failed: nothing more is read or sent. */
  record Closed() implements InboundState {}

  /** The security reached; a closed stream counts as plain (it carries nothing any more). */
  default Security security() {
    return switch (this) {
      case AwaitingHeader a -> a.security();
      case Open o -> o.security();
      case Closed c -> Security.PLAIN;
    };
  }
}
