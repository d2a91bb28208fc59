package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.server.ServerInfo;
import java.util.Optional;

/**
 * Decides what becomes of a stanza a federated peer sent, by its {@code to}: an email address of a
 * local user is rewritten to that user's JID (resource kept); anything else in an email domain that
 * Parley does not also host as an XMPP domain is an unknown address; every other stanza, including
 * one for a user's real JID, goes on unchanged (docs/FEDERATION.md explains why real JIDs are still
 * delivered).
 */
final class InboundTranslation {

  /** The outcome for one stanza. */
  sealed interface Target {
    /** Route this stanza (rewritten or not). */
    record Deliver(Stanza stanza) implements Target {}

    /** The address is in an email domain and stands for nobody: RFC 6121 §8.5.1 applies. */
    record NoSuchAddress(Stanza stanza) implements Target {}
  }

  private final AddressBook book;
  private final ServerInfo info;

  InboundTranslation(AddressBook book, ServerInfo info) {
    this.book = book;
    this.info = info;
  }

  /**
   * @param mapping whether the setting is applied: when it is off, email addresses stand for nobody
   */
  Target apply(Stanza stanza, boolean mapping) {
    Optional<Jid> to = stanza.to();
    if (to.isEmpty() || !book.domains().contains(to.get().domain())) {
      return new Target.Deliver(stanza);
    }
    Optional<Jid> user = mapping ? local(to.get()) : Optional.empty();
    if (user.isPresent()) {
      return new Target.Deliver(stanza.withAddresses(stanza.from(), user));
    }
    if (info.hosts(to.get().domain())) {
      // Also an XMPP domain of this server: its accounts follow the usual rules.
      return new Target.Deliver(stanza);
    }
    return new Target.NoSuchAddress(stanza);
  }

  /** The local user's JID an email address (bare or with a resource) stands for. */
  Optional<Jid> local(Jid address) {
    return switch (address) {
      case BareJid bare -> book.userOf(bare).map(u -> u);
      case FullJid full when full.local().isPresent() ->
          book.userOf(full.account()).map(u -> u.withResource(full.resourcepart()));
      default -> Optional.empty();
    };
  }
}
