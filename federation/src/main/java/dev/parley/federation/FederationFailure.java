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

  public StanzaError toStanzaError() {
    return StanzaError.of(condition, text).withReason(reason);
  }
}
