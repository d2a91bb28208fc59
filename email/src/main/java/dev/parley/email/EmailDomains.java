package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import dev.parley.server.AccountException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The email domains this deployment federates for (parley.yml {@code federation.email-domains}). An
 * email address can stand for a user over federation only when its domain is one of them: the
 * deployment publishes their SRV records and holds their certificates, so peers reach Parley when
 * they address {@code user@email-domain}.
 *
 * @param domains the email domains, normalized; empty when the feature is not configured
 */
public record EmailDomains(Set<DomainJid> domains) {

  public EmailDomains {
    domains = Set.copyOf(domains);
  }

  public static EmailDomains of(String... names) {
    Set<DomainJid> set = new java.util.HashSet<>();
    for (String name : names) {
      set.add(DomainJid.of(name));
    }
    return new EmailDomains(set);
  }

  public boolean configured() {
    return !domains.isEmpty();
  }

  public boolean contains(String domain) {
    return domains.contains(new DomainJid(domain));
  }

  /**
   * The XMPP address an email address stands for: local part and domain in lower case (mailbox
   * names are compared case-insensitively, as the user store does). Empty when the address has no
   * usable form or its domain is not an email domain.
   */
  public Optional<BareJid> address(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return Optional.empty();
    }
    try {
      BareJid jid =
          BareJid.of(
              email.substring(0, at).strip().toLowerCase(Locale.ROOT),
              email.substring(at + 1).strip());
      return contains(jid.domain()) ? Optional.of(jid) : Optional.empty();
    } catch (JidFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks that an email address can be used for federation.
   *
   * @throws AccountException naming the address and the allowed domains
   */
  public BareJid require(String email) {
    return address(email)
        .orElseThrow(
            () ->
                new AccountException(
                    "email address "
                        + email
                        + " cannot be used for XMPP federation: its domain is not one of the"
                        + " email domains this deployment federates for ("
                        + String.join(", ", names())
                        + "; parley.yml federation.email-domains)"));
  }

  /** The domain names, sorted, for messages and views. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    domains.forEach(d -> names.add(d.domain()));
    return names;
  }
}
