package dev.parley.store;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import java.util.Optional;
import java.util.Set;

/**
 * One contact in a user's roster. {@code contact} is a bare or domain JID. {@code askSubscribe} is
 * the "pending out" state; {@code preApproved} records a subscription pre-approval (RFC 6121 §3.4).
 */
public record RosterItem(
    BareJid owner,
    Jid contact,
    Optional<String> name,
    Subscription subscription,
    boolean askSubscribe,
    boolean preApproved,
    Set<String> groups) {

  public RosterItem {
    groups = Set.copyOf(groups);
  }

  public static RosterItem of(BareJid owner, Jid contact) {
    return new RosterItem(
        owner, contact, Optional.empty(), Subscription.NONE, false, false, Set.of());
  }

  public RosterItem withSubscription(Subscription newSubscription) {
    return new RosterItem(owner, contact, name, newSubscription, askSubscribe, preApproved, groups);
  }

  public RosterItem withAsk(boolean ask) {
    return new RosterItem(owner, contact, name, subscription, ask, preApproved, groups);
  }

  public RosterItem withPreApproved(boolean approved) {
    return new RosterItem(owner, contact, name, subscription, askSubscribe, approved, groups);
  }

  public RosterItem withNameAndGroups(Optional<String> newName, Set<String> newGroups) {
    return new RosterItem(
        owner, contact, newName, subscription, askSubscribe, preApproved, newGroups);
  }
}
