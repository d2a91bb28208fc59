package dev.parley.protocol;

import java.util.Optional;

/**
 * An address with a resourcepart: a client session ({@code local@domain/resource}) or, without a
 * localpart, a server-side resource ({@code domain/resource}). An empty {@code localpart} means
 * "none".
 */
public record FullJid(String localpart, String domain, String resourcepart) implements Jid {

  public FullJid {
    if (localpart == null || resourcepart == null || resourcepart.isEmpty()) {
      throw new JidFormatException("a full JID needs a resourcepart");
    }
    JidParser.requireCanonicalDomain(domain);
  }

  @Override
  public Optional<String> local() {
    return localpart.isEmpty() ? Optional.empty() : Optional.of(localpart);
  }

  @Override
  public Optional<String> resource() {
    return Optional.of(resourcepart);
  }

  @Override
  public Jid bare() {
    return localpart.isEmpty() ? new DomainJid(domain) : new BareJid(localpart, domain);
  }

  /** The account this session belongs to; only valid when there is a localpart. */
  public BareJid account() {
    return new BareJid(localpart, domain);
  }

  @Override
  public String toString() {
    return (localpart.isEmpty() ? "" : localpart + '@') + domain + '/' + resourcepart;
  }
}
