package dev.parley.policy;

import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps the federation service's way out: a stanza for a remote domain the policy denies sending to
 * never leaves; its local sender gets {@code policy-violation} naming the domain (never silence),
 * except for error stanzas, which are never answered with errors (RFC 6120 §8.3.1).
 */
final class PolicyOutboundService implements DomainService {
  private final DomainService next;
  private final Router bounces;
  private final Supplier<PolicyDecisions> policy;
  private final PolicyDenials denials;

  PolicyOutboundService(
      DomainService next, Router bounces, Supplier<PolicyDecisions> policy, PolicyDenials denials) {
    this.next = next;
    this.bounces = bounces;
    this.policy = policy;
    this.denials = denials;
  }

  @Override
  public void accept(Stanza stanza) {
    Optional<String> remote = stanza.to().map(Jid::domain);
    if (remote.isEmpty()) {
      next.accept(stanza);
      return;
    }
    PolicyDecision decision = policy.get().decide(PolicyDirection.Traffic.OUTBOUND, remote.get());
    if (decision.allowed()) {
      next.accept(stanza);
      return;
    }
    boolean answer = !stanza.isError();
    denials.stanza(
        decision,
        stanza.element().name(),
        stanza.from().map(Jid::toString).orElse("-"),
        remote.get(),
        answer);
    if (answer) {
      bounces.route(PolicyErrors.reply(stanza, decision));
    }
  }
}
