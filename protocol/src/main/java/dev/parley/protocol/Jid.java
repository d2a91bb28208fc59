package dev.parley.protocol;

import java.util.Optional;

/**
 * An XMPP address (RFC 7622). The three shapes are distinct types so that a method needing a full
 * JID cannot be handed a bare one. Instances are always in canonical (PRECIS-enforced) form.
 */
public sealed interface Jid permits DomainJid, BareJid, FullJid {

  /** The domainpart, lower-case A-labels converted to U-labels as RFC 7622 §3.2 prescribes. */
  String domain();

  Optional<String> local();

  Optional<String> resource();

  /** This address without its resourcepart: a {@link BareJid} or a {@link DomainJid}. */
  Jid bare();

  default DomainJid domainJid() {
    return new DomainJid(domain());
  }

  /** Parses and enforces the PRECIS profiles; throws {@link JidFormatException} when invalid. */
  static Jid parse(String text) {
    return JidParser.parse(text);
  }

  /** Parses a JID that must be a local user's bare address. */
  static BareJid parseBare(String text) {
    if (parse(text) instanceof BareJid bare) {
      return bare;
    }
    throw new JidFormatException("not a bare JID (local@domain): " + text);
  }
}
