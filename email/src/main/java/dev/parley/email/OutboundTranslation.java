package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.Node;
import dev.parley.protocol.Stanza;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites a stanza leaving over federation so that the peer sees local users only by their email
 * addresses: the {@code from} address (resource kept), and every address attribute inside the
 * payload that the peer could use to address a local user: {@code jid} (XEP-0045 {@code item},
 * XEP-0033 {@code address}, XEP-0144 {@code item}), {@code from} and {@code to} (XEP-0045 {@code
 * invite}/{@code decline}, a XEP-0297 forwarded stanza, XEP-0203 {@code delay}) and {@code by} (the
 * RFC 6120 §8.3.2 error generator, XEP-0359 {@code stanza-id}). Text, such as a message body, is
 * the users' and is never changed. Users without an email keep their JID.
 */
final class OutboundTranslation {
  private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("jid", "from", "to", "by");

  private final AddressBook book;

  OutboundTranslation(AddressBook book) {
    this.book = book;
  }

  Stanza apply(Stanza stanza) {
    Element payloadRewritten = rewriteChildren(stanza.element());
    Optional<Jid> from = stanza.from().map(this::shown);
    if (payloadRewritten == stanza.element() && from.equals(stanza.from())) {
      return stanza;
    }
    Stanza base =
        payloadRewritten == stanza.element()
            ? stanza
            : Stanza.parse(payloadRewritten).withAddresses(stanza.from(), stanza.to());
    return base.withAddresses(from, stanza.to());
  }

  /** How {@code jid} appears to a federated peer. */
  Jid shown(Jid jid) {
    return switch (jid) {
      case BareJid bare -> book.emailOf(bare).<Jid>map(e -> e).orElse(bare);
      case FullJid full when full.local().isPresent() ->
          book.emailOf(full.account())
              .<Jid>map(e -> e.withResource(full.resourcepart()))
              .orElse(full);
      default -> jid;
    };
  }

  /** The element with its descendants' address attributes rewritten; the same instance if none. */
  private Element rewriteChildren(Element element) {
    List<Node> children = element.children();
    List<Node> rewritten = null;
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) instanceof Element child) {
        Element changed = rewriteChildren(rewriteAttributes(child));
        if (changed != child) {
          if (rewritten == null) {
            rewritten = new ArrayList<>(children);
          }
          rewritten.set(i, changed);
        }
      }
    }
    return rewritten == null ? element : element.withChildren(rewritten);
  }

  private Element rewriteAttributes(Element element) {
    Element result = element;
    for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
      if (ADDRESS_ATTRIBUTES.contains(attribute.getKey())) {
        Optional<String> replaced = replacement(attribute.getValue());
        if (replaced.isPresent()) {
          result = result.withAttribute(attribute.getKey(), replaced.get());
        }
      }
    }
    return result;
  }

  private Optional<String> replacement(String value) {
    if (value.indexOf('@') < 0) {
      return Optional.empty(); // a domain or not an address: nothing of a user to hide
    }
    try {
      Jid jid = Jid.parse(value);
      Jid shown = shown(jid);
      return shown.equals(jid) ? Optional.empty() : Optional.of(shown.toString());
    } catch (JidFormatException e) {
      return Optional.empty();
    }
  }
}
