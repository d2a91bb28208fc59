package dev.parley.federation;

import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;

/**
 * Why an outbound attempt failed, in the form a sender is told: the stanza condition, a text naming
 * the step, and a stable machine-readable reason in Parley's namespace (docs/FEDERATION.md lists
 * them).
 */
public record FederationFailure(String reason, StanzaErrorCondition condition, String text) {

  static FederationFailure notFound(String reason, String text) {
    return new FederationFailure(reason, StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, text);
  }

  static FederationFailure timeout(String reason, String text) {
    return new FederationFailure(reason, StanzaErrorCondition.REMOTE_SERVER_TIMEOUT, text);
  }

  /**
   * The peer answered our {@code <db:result/>} with {@code type='error'} (XEP-0220 §2.4). A domain
   * the peer does not serve reads as not found; a policy refusal keeps its condition.
   */
  static FederationFailure dialbackError(String remote, String condition) {
    String text = remote + " refused our dialback request with the error " + condition;
    return switch (condition) {
      case "item-not-found", "host-unknown" -> notFound("dialback-error", text);
      case "policy-violation" ->
          new FederationFailure("dialback-error", StanzaErrorCondition.POLICY_VIOLATION, text);
      default -> timeout("dialback-error", text);
    };
  }

  static FederationFailure preXmpp10WithoutTls(String remote) {
    return timeout(
        "tls-unavailable",
        remote + " speaks pre-1.0 XMPP without STARTTLS, and the security mode is TLS Required");
  }

  static FederationFailure certificate(String remote, CertificateVerdict.Untrusted untrusted) {
    return timeout(
        untrusted.reason(),
        "the certificate of " + remote + " is not acceptable: " + untrusted.text());
  }

  static FederationFailure badAck(String remote) {
    return timeout("sm-bad-ack", remote + " acknowledged stanzas that were never sent");
  }

  /** The peer closed the stream with a stream error during negotiation. */
  static FederationFailure peerStreamError(String remote, dev.parley.protocol.Element error) {
    String condition = error.elements().isEmpty() ? "unknown" : error.elements().get(0).name();
    return timeout("stream-error", remote + " closed the stream with " + condition);
  }

  static FederationFailure closedDuringNegotiation(String remote, String what) {
    return timeout("connection-closed", remote + " closed the " + what + " during negotiation");
  }

  static FederationFailure tlsHandshake(String remote, Throwable cause) {
    return timeout("tls-handshake-failed", "TLS with " + remote + " failed: " + cause.getMessage());
  }

  static FederationFailure negotiationTimeout(String remote, String lastStep) {
    return timeout(
        "negotiation-timeout",
        remote + " did not complete authentication in time (last step: " + lastStep + ")");
  }

  /** The peer refused our SASL EXTERNAL and offers no dialback to fall back on (XEP-0178). */
  static FederationFailure saslFailed(String remote, String condition) {
    return timeout(
        "sasl-failed",
        remote
            + " refused SASL EXTERNAL with our certificate ("
            + condition
            + ") and offers no dialback");
  }

  /**
   * The XEP-0220 §2.4 condition for a {@code <db:verify/>} that could not be asked because of this
   * failure: {@code remote-server-not-found} (DNS), {@code remote-connection-failed} (TCP) or
   * {@code remote-server-timeout} (anything after the connection).
   */
  String dialbackCondition() {
    if (reason.startsWith("dns-")) {
      return "remote-server-not-found";
    }
    return "tcp-refused".equals(reason) ? "remote-connection-failed" : "remote-server-timeout";
  }

  public StanzaError toStanzaError() {
    return StanzaError.of(condition, text).withReason(reason);
  }
}
