package dev.parley.policy;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;

/** The stanza errors the policy answers with. */
final class PolicyErrors {
  /** Parley's machine-readable reason, {@code <policy-denied xmlns='urn:parley:errors:0'/>}. */
  static final String REASON = "policy-denied";

  private PolicyErrors() {}

  /**
   * The error reply to a denied stanza (RFC 6120 §8.3.3.12 policy-violation), its text naming the
   * domain and the deciding rule.
   */
  static Stanza reply(Stanza denied, PolicyDecision decision) {
    StanzaError error =
        StanzaError.of(
                StanzaErrorCondition.POLICY_VIOLATION,
                "the federation policy denies "
                    + (decision.traffic() == PolicyDirection.Traffic.OUTBOUND
                        ? "sending to "
                        : "receiving from ")
                    + decision.domain()
                    + " ("
                    + decision.ruleName()
                    + ")")
            .withReason(REASON);
    return StanzaParser.errorReply(denied, error);
  }

  /**
   * Whether an error stanza carries one of Parley's own reasons: the bounces the federation service
   * makes for a local sender when a remote domain cannot be reached are addressed from that domain,
   * yet are no federated packet from it.
   */
  static boolean isParleyBounce(Stanza stanza) {
    if (!stanza.isError()) {
      return false;
    }
    Element element = stanza.element();
    return element
        .child("error", element.namespace())
        .flatMap(e -> e.childIn(Namespaces.PARLEY_ERRORS))
        .isPresent();
  }
}
