package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Namespaces;
import dev.parley.server.ClientSession;
import dev.parley.store.RosterItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Roster items as {@code jabber:iq:roster} XML, and roster pushes (RFC 6121 §2.1.6). */
final class RosterXml {
  private RosterXml() {}

  static Element item(RosterItem item) {
    Element.Builder builder =
        Element.builder("item", Namespaces.ROSTER).attribute("jid", item.contact().toString());
    item.name().ifPresent(name -> builder.attribute("name", name));
    builder.attribute("subscription", item.subscription().name().toLowerCase(Locale.ROOT));
    if (item.askSubscribe()) {
      builder.attribute("ask", "subscribe");
    }
    if (item.preApproved()) {
      builder.attribute("approved", "true");
    }
    for (String group : item.groups().stream().sorted().toList()) {
      builder.textChild("group", Namespaces.ROSTER, group);
    }
    return builder.build();
  }

  static Element removedItem(Jid contact) {
    return Element.builder("item", Namespaces.ROSTER)
        .attribute("jid", contact.toString())
        .attribute("subscription", "remove")
        .build();
  }

  static Element query(List<Element> items, long version) {
    return Element.builder("query", Namespaces.ROSTER)
        .attribute("ver", Long.toString(version))
        .children(items)
        .build();
  }

  static Element itemsQuery(List<RosterItem> items, long version) {
    List<Element> elements = new ArrayList<>(items.size());
    for (RosterItem item : items) {
      elements.add(item(item));
    }
    return query(elements, version);
  }

  /** A push of one changed item to every session of the owner that asked for the roster. */
  static List<Iq> pushes(
      BareJid owner, List<ClientSession> sessions, Element changedItem, long version) {
    List<Iq> pushes = new ArrayList<>();
    for (ClientSession session : sessions) {
      if (session.rosterRequested()) {
        pushes.add(
            Iq.request(
                IqType.SET,
                "push-" + UUID.randomUUID(),
                Optional.of(owner),
                session.jid(),
                query(List.of(changedItem), version)));
      }
    }
    return pushes;
  }
}
