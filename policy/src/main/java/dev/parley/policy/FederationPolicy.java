package dev.parley.policy;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seed's federation policy: a default (Allow or Deny) and exceptions that reverse it for the
 * packets of their direction. A pure function of (direction, remote domain) to a decision that
 * names the rule that made it; docs/FEDERATION.md has the truth table.
 *
 * <p>Of the exceptions that cover the packet's direction and match the domain, the most specific
 * decides: an exact entry wins over a wildcard, a longer wildcard over a shorter one. There is at
 * most one exception per entry: adding one for an entry that exists replaces it.
 */
public record FederationPolicy(boolean allowByDefault, List<PolicyException> exceptions) {

  /** What a node enforces before anybody changed the policy: every domain allowed. */
  public static final FederationPolicy ALLOW_ALL = new FederationPolicy(true, List.of());

  public FederationPolicy {
    List<PolicyException> unique = new ArrayList<>();
    for (PolicyException e : exceptions) {
      unique.removeIf(u -> u.domain().equals(e.domain()));
      unique.add(e);
    }
    unique.sort(Comparator.comparing(PolicyException::domain));
    exceptions = List.copyOf(unique);
  }

  /** The decision for one federated packet (or stream) to or from {@code remoteDomain}. */
  public PolicyDecision decide(PolicyDirection.Traffic traffic, String remoteDomain) {
    String remote = normalize(remoteDomain);
    Optional<PolicyException> rule =
        exceptions.stream()
            .filter(e -> e.direction().covers(traffic) && e.matches(remote))
            .max(Comparator.comparingInt(PolicyException::specificity));
    boolean allowed = rule.isPresent() != allowByDefault;
    return new PolicyDecision(allowed, traffic, remote, rule, allowByDefault);
  }

  public boolean allows(PolicyDirection.Traffic traffic, String remoteDomain) {
    return decide(traffic, remoteDomain).allowed();
  }

  /**
   * Whether an inbound stream from {@code remoteDomain} may authenticate. Refused only where the
   * policy denies both directions: where it still allows sending to the domain, the peer's stream
   * also carries the dialback verification of our own outbound streams (Prosody sends db:verify on
   * a stream it authenticates with db:result, XEP-0220 §2.3), so the stream is admitted and each
   * inbound stanza is refused with an error instead ({@code PolicyInboundRouter}).
   */
  public boolean admitsInboundStream(String remoteDomain) {
    return allows(PolicyDirection.Traffic.INBOUND, remoteDomain)
        || allows(PolicyDirection.Traffic.OUTBOUND, remoteDomain);
  }

  /** The same exceptions under another default. */
  public FederationPolicy withDefault(boolean allow) {
    return new FederationPolicy(allow, exceptions);
  }

  /** Adds an exception, replacing one for the same entry. */
  public FederationPolicy with(PolicyException exception) {
    List<PolicyException> more = new ArrayList<>(exceptions);
    more.add(exception);
    return new FederationPolicy(allowByDefault, more);
  }

  /** Removes the exception for {@code entry}; throws when there is none. */
  public FederationPolicy without(String entry) {
    String normalized = PolicyException.normalize(entry);
    if (exceptions.stream().noneMatch(e -> e.domain().equals(normalized))) {
      throw new IllegalArgumentException("no exception for " + normalized);
    }
    return new FederationPolicy(
        allowByDefault, exceptions.stream().filter(e -> !e.domain().equals(normalized)).toList());
  }

  /** {@code Allow} or {@code Deny}. */
  public String defaultName() {
    return allowByDefault ? "Allow" : "Deny";
  }

  /** Reads {@code allow} or {@code deny} (any case). */
  public static boolean parseDefault(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "allow" -> true;
      case "deny" -> false;
      default ->
          throw new IllegalArgumentException(
              "unknown default policy '" + text + "': use allow or deny");
    };
  }

  /**
   * A one-line text form, {@code Allow; example.org=all; *.example.net=incoming}: stored in the
   * history as the before and after of each change.
   */
  public String toText() {
    StringBuilder text = new StringBuilder(defaultName());
    for (PolicyException e : exceptions) {
      text.append("; ").append(e.domain()).append('=').append(e.direction().label());
    }
    return text.toString();
  }

  /** Reads what {@link #toText()} wrote. */
  public static FederationPolicy fromText(String text) {
    String[] parts = text.split(";");
    List<PolicyException> exceptions = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String[] entry = parts[i].strip().split("=", 2);
      exceptions.add(new PolicyException(entry[0], PolicyDirection.parse(entry[1])));
    }
    return new FederationPolicy(parseDefault(parts[0]), exceptions);
  }

  /** A domain as JIDs normalize it; a string that is no domain at all still compares lowercase. */
  static String normalize(String domain) {
    try {
      return DomainJid.of(domain.strip()).domain();
    } catch (JidFormatException e) {
      return domain.strip().toLowerCase(Locale.ROOT);
    }
  }
}
