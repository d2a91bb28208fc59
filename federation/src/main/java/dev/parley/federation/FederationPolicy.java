package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The seed's federation policy: a default (Allow or Deny) and exceptions that reverse it for the
 * packets of their direction. A pure function of (direction, remote domain) to a verdict that names
 * the rule that decided it; docs/FEDERATION.md has the truth table.
 *
 * <p>Of the exceptions that cover the packet's direction and match the domain, the most specific
 * decides: an exact entry wins over a wildcard, a longer wildcard over a shorter one.
 */
public record FederationPolicy(boolean allowByDefault, List<PolicyException> exceptions) {

  public static final FederationPolicy ALLOW_ALL = new FederationPolicy(true, List.of());

  public FederationPolicy {
    exceptions = List.copyOf(exceptions);
  }

  /** The verdict for one federated packet (or stream) to or from {@code remoteDomain}. */
  public Verdict decide(PolicyDirection.Traffic traffic, String remoteDomain) {
    String remote = normalize(remoteDomain);
    Optional<PolicyException> rule =
        exceptions.stream()
            .filter(e -> e.direction().covers(traffic) && e.matches(remote))
            .max(Comparator.comparingInt(PolicyException::specificity));
    boolean allowed = rule.isPresent() != allowByDefault;
    return new Verdict(allowed, rule, explanation(traffic, remote, allowed, rule));
  }

  public boolean allows(PolicyDirection.Traffic traffic, String remoteDomain) {
    return decide(traffic, remoteDomain).allowed();
  }

  private String explanation(
      PolicyDirection.Traffic traffic,
      String remote,
      boolean allowed,
      Optional<PolicyException> rule) {
    String what =
        (traffic == PolicyDirection.Traffic.INBOUND ? "inbound from " : "outbound to ") + remote;
    String decision = allowed ? "allowed" : "denied";
    return rule.map(
            r ->
                what
                    + " "
                    + decision
                    + " by the exception "
                    + r
                    + " to the default "
                    + defaultName())
        .orElse(what + " " + decision + " by the default policy " + defaultName());
  }

  private String defaultName() {
    return allowByDefault ? "Allow" : "Deny";
  }

  private static String normalize(String domain) {
    try {
      return DomainJid.of(domain).domain();
    } catch (JidFormatException e) {
      return domain.toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A decision and the rule behind it (empty when the default decided). */
  public record Verdict(boolean allowed, Optional<PolicyException> rule, String explanation) {}
}
