package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import java.util.Optional;

/**
 * What an outbound stream does next after the peer's stream features (RFC 6120 §5.3.1, §6.3.1;
 * XEP-0178; XEP-0220 §2.1), as a value: the security mode and the features decide, the stream
 * handler carries it out.
 */
sealed interface OutboundStep {

  /** The negotiation cannot go on. */
  record Fail(FederationFailure failure) implements OutboundStep {}

  /** Send {@code <starttls/>}. */
  record StartTls() implements OutboundStep {}

  /** Authenticate with our certificate (XEP-0178). */
  record SaslExternal() implements OutboundStep {}

  /** Send {@code <db:result/>} (or {@code <db:verify/>} for a verification stream). */
  record Dialback() implements OutboundStep {}

  /** SASL succeeded: restart the stream (RFC 6120 §6.4.6). */
  record Restart() implements OutboundStep {}

  /** Authenticated: the stream carries stanzas. */
  record Established() implements OutboundStep {}

  /**
   * After the peer's answer to our SASL EXTERNAL: a refusal falls back to dialback when the peer
   * offered it (XEP-0178 §3.7 leaves the fallback to us), and fails with {@code sasl-failed}
   * otherwise.
   */
  static OutboundStep afterSaslAnswer(Element answer, boolean peerOffersDialback, String remote) {
    if (answer.is("success", Namespaces.SASL)) {
      return new Restart();
    }
    String condition =
        answer.elements().isEmpty() ? answer.name() : answer.elements().get(0).name();
    return peerOffersDialback
        ? new Dialback()
        : new Fail(FederationFailure.saslFailed(remote, condition));
  }

  /** After the peer's answer to our {@code <db:result/>} (XEP-0220 §2.1.3, §2.4). */
  static OutboundStep afterDialbackResult(Element answer, String remote) {
    DialbackVerdict verdict = DialbackVerdict.read(answer);
    if (!answer.is("result", ServerNamespaces.DIALBACK)) {
      return new Fail(
          FederationFailure.timeout(
              "dialback-failed",
              remote + " did not accept our dialback key (" + answer.name() + ")"));
    }
    return switch (verdict) {
      case DialbackVerdict.Valid v -> new Established();
      case DialbackVerdict.Error e ->
          new Fail(FederationFailure.dialbackError(remote, e.condition()));
      case DialbackVerdict.Invalid i ->
          new Fail(
              FederationFailure.timeout(
                  "dialback-failed", remote + " did not accept our dialback key (invalid)"));
    };
  }

  /**
   * The step after {@code features}, received before authentication.
   *
   * @param tlsAllowed false on the plaintext retry of TLS Optional
   */
  static OutboundStep afterFeatures(
      FederationSettings settings,
      OutboundPurpose purpose,
      String remote,
      boolean encrypted,
      boolean tlsAllowed,
      Element features) {
    Optional<Element> starttls = features.child("starttls", Namespaces.TLS);
    boolean peerRequiresTls =
        starttls.flatMap(s -> s.child("required", Namespaces.TLS)).isPresent();
    SecurityMode mode = settings.securityMode();
    if (!encrypted) {
      if (mode == SecurityMode.NO_TLS && peerRequiresTls) {
        return new Fail(
            FederationFailure.timeout(
                "tls-required-by-peer", remote + " requires TLS, but the security mode is No TLS"));
      }
      if (mode == SecurityMode.TLS_REQUIRED && starttls.isEmpty()) {
        return new Fail(
            FederationFailure.timeout(
                "tls-unavailable",
                remote + " does not offer STARTTLS, and the security mode is TLS Required"));
      }
      if (mode.usesTls() && starttls.isPresent() && tlsAllowed) {
        return new StartTls();
      }
    }
    return authentication(settings, purpose, encrypted, features);
  }

  /** SASL EXTERNAL when TLS is up, the peer offers it and we may use it; dialback otherwise. */
  static OutboundStep authentication(
      FederationSettings settings, OutboundPurpose purpose, boolean encrypted, Element features) {
    boolean external =
        features.child("mechanisms", Namespaces.SASL).stream()
            .flatMap(m -> m.elements().stream())
            .anyMatch(m -> "EXTERNAL".equals(m.text().trim()));
    return purpose instanceof OutboundPurpose.Deliver
            && encrypted
            && external
            && settings.saslExternalOutbound()
        ? new SaslExternal()
        : new Dialback();
  }
}
