package dev.parley.protocol;

import java.util.Optional;

/** A JID made of a domainpart only, such as a server or a chat service. */
public record DomainJid(String domain) implements Jid {

  public DomainJid {
    JidParser.requireCanonicalDomain(domain);
  }

  /** Parses and normalizes a domain name (IDNA, lower case). */
  public static DomainJid of(String domain) {
    return new DomainJid(JidParser.domainpart(domain));
  }

  @Override
  public Optional<String> local() {
    return Optional.empty();
  }

  @Override
  public Optional<String> resource() {
    return Optional.empty();
  }

  @Override
  public DomainJid bare() {
    return this;
  }

  @Override
  public DomainJid domainJid() {
    return this;
  }

  public FullJid withResource(String resource) {
    return new FullJid("", domain, JidParser.resourcepart(resource));
  }

  @Override
  public String toString() {
    return domain;
  }
}
