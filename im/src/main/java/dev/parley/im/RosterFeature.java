package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.ClientSession;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.server.RouteDirectory;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Roster management (RFC 6121 §2) with roster versioning (§2.6). */
public final class RosterFeature implements Feature {
  private static final int MAX_NAME_LENGTH = 1024;
  private final RosterStore rosters;
  private final RouteDirectory sessions;
  private final RosterPushes pushes;

  public RosterFeature(RosterStore rosters, RouteDirectory sessions) {
    this.rosters = rosters;
    this.sessions = sessions;
    this.pushes = new RosterPushes(rosters, sessions);
  }

  @Override
  public String name() {
    return "roster";
  }

  @Override
  public void register(FeatureContext context) {
    context.iqHandler(
        new IqKey(IqType.GET, "query", Namespaces.ROSTER, Addressing.ACCOUNT), this::get);
    context.iqHandler(
        new IqKey(IqType.SET, "query", Namespaces.ROSTER, Addressing.ACCOUNT), this::set);
    context.streamFeature(Element.of("ver", Namespaces.ROSTER_VERSIONING));
  }

  private Outcome get(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "only the owner may read a roster");
    }
    BareJid owner = request.target().orElseThrow();
    request.origin().ifPresent(session -> session.markRosterRequested());
    long version = rosters.version(owner);
    Optional<String> known = request.payload().attribute("ver");
    if (known.isPresent() && known.get().equals(Long.toString(version))) {
      // §2.6.3: unchanged since the client's copy; changes come as pushes.
      return Outcome.reply(request.iq().emptyResult());
    }
    return Outcome.reply(request.iq().result(RosterXml.itemsQuery(rosters.items(owner), version)));
  }

  private Outcome set(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "only the owner may change a roster");
    }
    List<Element> items = request.payload().elements();
    if (items.size() != 1 || !items.get(0).is("item", Namespaces.ROSTER)) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "a roster set holds exactly one item");
    }
    Element item = items.get(0);
    Jid contact;
    try {
      contact = Jid.parse(item.attribute("jid").orElse("")).bare();
    } catch (JidFormatException e) {
      return Outcome.fail(StanzaErrorCondition.JID_MALFORMED, "invalid item jid");
    }
    BareJid owner = request.target().orElseThrow();
    if (contact.equals(owner)) {
      return Outcome.fail(StanzaErrorCondition.NOT_ALLOWED, "a user cannot be in their own roster");
    }
    if ("remove".equals(item.attribute("subscription").orElse(""))) {
      return remove(request, owner, contact);
    }
    return update(request, owner, contact, item);
  }

  private Outcome update(IqRequest request, BareJid owner, Jid contact, Element item) {
    Set<String> groups = new LinkedHashSet<>();
    for (Element group : item.elements()) {
      if (group.is("group", Namespaces.ROSTER)) {
        String name = group.text();
        // §2.3.3: an empty or too long group is not-acceptable, a duplicate group a bad-request.
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
          return Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, "empty or too long group");
        }
        if (!groups.add(name)) {
          return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "duplicate group " + name);
        }
      }
    }
    Optional<String> name = item.attribute("name").filter(n -> !n.isEmpty());
    if (name.isPresent() && name.get().length() > MAX_NAME_LENGTH) {
      return Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, "item name too long");
    }
    RosterItem current = rosters.item(owner, contact).orElse(RosterItem.of(owner, contact));
    List<Stanza> out = new ArrayList<>();
    out.add(request.iq().emptyResult());
    out.addAll(pushes.save(current.withNameAndGroups(name, groups)));
    return Outcome.send(out);
  }

  /** §2.5.2: removing an item also cancels the subscriptions in both directions. */
  private Outcome remove(IqRequest request, BareJid owner, Jid contact) {
    Optional<RosterItem> current = rosters.item(owner, contact);
    boolean pending = rosters.pending(owner).stream().anyMatch(p -> p.contact().equals(contact));
    if (current.isEmpty() && !pending) {
      return Outcome.fail(StanzaErrorCondition.ITEM_NOT_FOUND, "no such roster item");
    }
    List<Stanza> out = new ArrayList<>();
    out.add(request.iq().emptyResult());
    rosters.removePending(owner, contact);
    if (current.isPresent()) {
      RosterItem item = current.get();
      if (item.subscription().hasTo() || item.askSubscribe()) {
        out.add(Presence.of(PresenceType.UNSUBSCRIBE, Optional.of(owner), Optional.of(contact)));
      }
      if (item.subscription().hasFrom()) {
        // §3.2.2: the contact is still subscribed until 'unsubscribed' arrives, so it gets
        // unavailable presence from each available resource first.
        for (ClientSession session : sessions.sessions(owner)) {
          if (session.isAvailable()) {
            out.add(
                Presence.of(
                    PresenceType.UNAVAILABLE, Optional.of(session.jid()), Optional.of(contact)));
          }
        }
      }
      if (item.subscription().hasFrom() || pending) {
        out.add(Presence.of(PresenceType.UNSUBSCRIBED, Optional.of(owner), Optional.of(contact)));
      }
      out.addAll(pushes.remove(owner, contact));
    } else {
      out.add(Presence.of(PresenceType.UNSUBSCRIBED, Optional.of(owner), Optional.of(contact)));
    }
    return Outcome.send(out);
  }
}
