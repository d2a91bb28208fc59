package dev.parley.policy;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;

/**
 * One entry of the policy's exception list: a foreign domain or host, or a wildcard such as {@code
 * *.example.com} that matches example.com and every subdomain of it (the seed's rule), and the
 * direction whose packets it reverses. The entry is kept IDNA- and case-normalized.
 */
public record PolicyException(String domain, PolicyDirection direction) {

  public PolicyException {
    domain = normalize(domain);
    if (direction == null) {
      throw new IllegalArgumentException("an exception needs a direction");
    }
  }

  /**
   * IDNA and case normalization, so that entries compare like the domains of JIDs do (RFC 7622
   * §3.2: the domainpart is an IDNA2008 name, compared case-insensitively).
   */
  static String normalize(String entry) {
    String trimmed = entry == null ? "" : entry.strip();
    boolean wildcard = trimmed.startsWith("*.");
    String host = wildcard ? trimmed.substring(2) : trimmed;
    if (host.contains("*")) {
      throw new IllegalArgumentException(
          "a wildcard is allowed only as the first label, as in *.example.com: " + entry);
    }
    if (host.isEmpty() || host.contains("@") || host.contains("/")) {
      throw new IllegalArgumentException("not a domain or host name: " + entry);
    }
    try {
      String normalized = DomainJid.of(host).domain();
      return wildcard ? "*." + normalized : normalized;
    } catch (JidFormatException e) {
      throw new IllegalArgumentException("not a domain or host name: " + entry, e);
    }
  }

  public boolean isWildcard() {
    return domain.startsWith("*.");
  }

  /** The domain without the wildcard label: {@code example.com} for {@code *.example.com}. */
  public String baseDomain() {
    return isWildcard() ? domain.substring(2) : domain;
  }

  /** Whether this entry names {@code remote} (already normalized). */
  public boolean matches(String remote) {
    if (!isWildcard()) {
      return domain.equals(remote);
    }
    String base = baseDomain();
    return remote.equals(base) || remote.endsWith("." + base);
  }

  /** How specific the entry is: exact entries beat wildcards, longer wildcards shorter ones. */
  int specificity() {
    return isWildcard() ? domain.length() : Integer.MAX_VALUE;
  }

  @Override
  public String toString() {
    return domain + " (" + direction.label() + ")";
  }
}
