package dev.parley.policy;

import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.Router;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps the router that stanzas from authenticated server streams enter. Streams from a domain
 * whose inbound traffic is denied are refused at authentication already; this is the check per
 * stanza behind it (a stream authenticated for several domains, or anything that slips past). A
 * denied stanza is refused with {@code policy-violation} when the policy allows sending to its
 * domain, and dropped with a log line and a count where it does not (the seed: "does not send
 * responses").
 */
final class PolicyInboundRouter implements Router {
  private final Router next;
  private final Supplier<PolicyDecisions> policy;
  private final PolicyDenials denials;

  PolicyInboundRouter(Router next, Supplier<PolicyDecisions> policy, PolicyDenials denials) {
    this.next = next;
    this.policy = policy;
    this.denials = denials;
  }

  @Override
  public void route(Stanza stanza) {
    Optional<String> remote = stanza.from().map(Jid::domain);
    if (remote.isEmpty() || PolicyErrors.isParleyBounce(stanza)) {
      next.route(stanza);
      return;
    }
    PolicyDecisions current = policy.get();
    PolicyDecision decision = current.decide(PolicyDirection.Traffic.INBOUND, remote.get());
    if (decision.allowed()) {
      next.route(stanza);
      return;
    }
    boolean answer =
        !stanza.isError()
            && current.decide(PolicyDirection.Traffic.OUTBOUND, remote.get()).allowed();
    denials.stanza(
        decision,
        stanza.element().name(),
        stanza.from().map(Jid::toString).orElse("-"),
        stanza.to().map(Jid::toString).orElse("-"),
        answer);
    if (answer) {
      next.route(PolicyErrors.reply(stanza, decision));
    }
  }

  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender) {
    // Client stanzas never enter through the federation edge; pass them on unchanged.
    next.routeFromClient(stanza, sender);
  }
}
