package dev.parley.protocol;

import java.util.Optional;

/** A user's account address: {@code localpart@domainpart}. */
public record BareJid(String localpart, String domain) implements Jid {

  public BareJid {
    if (localpart == null || localpart.isEmpty()) {
      throw new JidFormatException("a bare JID needs a localpart");
    }
    JidParser.requireCanonicalDomain(domain);
  }

  /** Builds a bare JID from unnormalized parts, enforcing the PRECIS profiles. */
  public static BareJid of(String local, String domain) {
    return new BareJid(JidParser.localpart(local), JidParser.domainpart(domain));
  }

  @Override
  public Optional<String> local() {
    return Optional.of(localpart);
  }

  @Override
  public Optional<String> resource() {
    return Optional.empty();
  }

  @Override
  public BareJid bare() {
    return this;
  }

  public FullJid withResource(String resource) {
    return new FullJid(localpart, domain, JidParser.resourcepart(resource));
  }

  @Override
  public String toString() {
    return localpart + '@' + domain;
  }
}
