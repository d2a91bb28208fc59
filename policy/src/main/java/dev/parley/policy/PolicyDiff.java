package dev.parley.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What applying a policy changes, against the policy in force: the domains whose inbound or
 * outbound traffic goes from allowed to denied or back, and the live server streams that will be
 * closed. A pure function; the same one decides which streams the apply closes.
 *
 * @param domains every domain and direction whose verdict changes
 * @param closing the streams the new policy denies
 */
public record PolicyDiff(List<DomainChange> domains, List<LiveStream> closing) {

  /** A live server stream: its id, direction (inbound or outbound) and remote domain. */
  public record LiveStream(String id, PolicyDirection.Traffic direction, String remoteDomain) {}

  /** One domain and direction whose verdict changes, with the rule that decides after it. */
  public record DomainChange(
      String domain,
      PolicyDirection.Traffic direction,
      PolicyDecision before,
      PolicyDecision after) {}

  public PolicyDiff {
    domains = List.copyOf(domains);
    closing = List.copyOf(closing);
  }

  /**
   * Compares {@code applied} with {@code next} for the domains of the live streams, of {@code seen}
   * (for example domains with queued stanzas) and of both exception lists.
   */
  public static PolicyDiff between(
      FederationPolicy applied,
      FederationPolicy next,
      Collection<LiveStream> streams,
      Collection<String> seen) {
    TreeSet<String> domains = new TreeSet<>();
    streams.forEach(s -> domains.add(FederationPolicy.normalize(s.remoteDomain())));
    seen.forEach(d -> domains.add(FederationPolicy.normalize(d)));
    applied.exceptions().forEach(e -> domains.add(e.baseDomain()));
    next.exceptions().forEach(e -> domains.add(e.baseDomain()));
    List<DomainChange> changes = new ArrayList<>();
    for (String domain : domains) {
      for (PolicyDirection.Traffic traffic : PolicyDirection.Traffic.values()) {
        PolicyDecision before = applied.decide(traffic, domain);
        PolicyDecision after = next.decide(traffic, domain);
        if (before.allowed() != after.allowed()) {
          changes.add(new DomainChange(domain, traffic, before, after));
        }
      }
    }
    return new PolicyDiff(changes, closing(next, streams));
  }

  /**
   * The streams {@code policy} denies: outbound ones by the outbound rule, inbound ones when it
   * would refuse their authentication ({@link FederationPolicy#admitsInboundStream}).
   */
  public static List<LiveStream> closing(FederationPolicy policy, Collection<LiveStream> streams) {
    return streams.stream()
        .filter(
            s ->
                s.direction() == PolicyDirection.Traffic.INBOUND
                    ? !policy.admitsInboundStream(s.remoteDomain())
                    : !policy.allows(PolicyDirection.Traffic.OUTBOUND, s.remoteDomain()))
        .toList();
  }
}
