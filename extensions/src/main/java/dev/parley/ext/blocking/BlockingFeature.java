package dev.parley.ext.blocking;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
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
import dev.parley.server.SessionAttribute;
import dev.parley.store.BlockListStore;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * XEP-0191 Blocking Command. A blocklist get marks the asking session as interested (§3.2); block
 * and unblock sets answer a result and push the change to every interested session of the user
 * (§3.3, §3.4, §3.5). Blocking sends unavailable presence, and unblocking the current presence, to
 * the affected contacts that receive the user's presence (subscription {@code from} or {@code
 * both}, RFC 6121 §4.2). All of these stanzas come back in the {@link Outcome}, result first. The
 * stanza filtering lives in {@link BlockingInterceptor}.
 */
public final class BlockingFeature implements Feature {
  /** The blocking namespace. */
  public static final String NAMESPACE = "urn:xmpp:blocking";

  /** The namespace of the application-specific {@code <blocked/>} error condition. */
  public static final String ERRORS_NAMESPACE = "urn:xmpp:blocking:errors";

  /** Set on a session once it retrieved the block list, so that it receives pushes. */
  public static final SessionAttribute<Boolean> INTERESTED =
      new SessionAttribute<>("blocklist-requested", Boolean.class);

  private final BlockListStore blockLists;
  private final RosterStore rosters;
  private final RouteDirectory sessions;

  /**
   * @param blockLists the users' block lists
   * @param rosters to find which blocked contacts receive the user's presence
   * @param sessions to find the user's sessions for pushes and presence
   */
  public BlockingFeature(BlockListStore blockLists, RosterStore rosters, RouteDirectory sessions) {
    this.blockLists = blockLists;
    this.rosters = rosters;
    this.sessions = sessions;
  }

  @Override
  public String name() {
    return "blocking";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.iqHandler(
        new IqKey(IqType.GET, "blocklist", NAMESPACE, Addressing.ACCOUNT), this::blocklist);
    context.iqHandler(new IqKey(IqType.SET, "block", NAMESPACE, Addressing.ACCOUNT), this::block);
    context.iqHandler(
        new IqKey(IqType.SET, "unblock", NAMESPACE, Addressing.ACCOUNT), this::unblock);
    context.interceptor(new BlockingInterceptor(blockLists));
  }

  private Outcome blocklist(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "a block list is its owner's only");
    }
    request.origin().ifPresent(session -> session.attribute(INTERESTED, Optional.of(true)));
    List<Jid> blocked = new ArrayList<>(blockLists.blocked(request.target().orElseThrow()));
    blocked.sort(Comparator.comparing(Jid::toString));
    return Outcome.reply(request.iq().result(listElement("blocklist", blocked)));
  }

  private Outcome block(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "a block list is its owner's only");
    }
    Optional<List<Jid>> items = items(request.payload());
    if (items.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.JID_MALFORMED, "an item has an invalid jid");
    }
    if (items.get().isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "block needs at least one item");
    }
    BareJid owner = request.target().orElseThrow();
    blockLists.block(owner, items.get());
    List<Stanza> out = new ArrayList<>();
    out.add(request.iq().emptyResult());
    out.addAll(pushes(owner, listElement("block", items.get())));
    out.addAll(presenceTo(owner, items.get(), true));
    return Outcome.send(out);
  }

  private Outcome unblock(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "a block list is its owner's only");
    }
    Optional<List<Jid>> items = items(request.payload());
    if (items.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.JID_MALFORMED, "an item has an invalid jid");
    }
    BareJid owner = request.target().orElseThrow();
    List<Jid> released;
    if (items.get().isEmpty()) {
      // §3.5: an empty unblock clears the whole list; the push is an empty unblock too.
      released = List.copyOf(blockLists.blocked(owner));
      blockLists.unblockAll(owner);
    } else {
      released = items.get();
      blockLists.unblock(owner, released);
    }
    List<Stanza> out = new ArrayList<>();
    out.add(request.iq().emptyResult());
    out.addAll(pushes(owner, listElement("unblock", items.get())));
    out.addAll(presenceTo(owner, released, false));
    return Outcome.send(out);
  }

  private List<Stanza> pushes(BareJid owner, Element payload) {
    List<Stanza> pushes = new ArrayList<>();
    for (ClientSession session : sessions.sessions(owner)) {
      if (session.attribute(INTERESTED).orElse(false)) {
        String id = "block-push-" + UUID.randomUUID();
        pushes.add(Iq.request(IqType.SET, id, Optional.of(owner), session.jid(), payload));
      }
    }
    return pushes;
  }

  /**
   * Unavailable presence on block (§3.3) or current presence on unblock (§3.4) from each available
   * session to each changed roster contact that may see the user's presence.
   */
  private List<Stanza> presenceTo(BareJid owner, List<Jid> changed, boolean blocking) {
    Set<Jid> contacts = new LinkedHashSet<>();
    for (RosterItem item : rosters.items(owner)) {
      if (item.subscription().hasFrom() && BlockedJids.anyMatches(changed, item.contact())) {
        contacts.add(item.contact());
      }
    }
    List<Stanza> out = new ArrayList<>();
    for (ClientSession session : sessions.sessions(owner)) {
      Optional<Presence> current = session.presence();
      if (current.isEmpty()) {
        continue;
      }
      for (Jid contact : contacts) {
        Optional<Jid> from = Optional.of(session.jid());
        out.add(
            blocking
                ? Presence.of(PresenceType.UNAVAILABLE, from, Optional.of(contact))
                : current.get().withAddresses(from, Optional.of(contact)));
      }
    }
    return out;
  }

  /** The item JIDs, empty when one is missing or malformed. */
  private static Optional<List<Jid>> items(Element payload) {
    List<Jid> jids = new ArrayList<>();
    for (Element item : payload.elements()) {
      if (!item.is("item", NAMESPACE)) {
        continue;
      }
      Optional<String> jid = item.attribute("jid");
      if (jid.isEmpty()) {
        return Optional.empty();
      }
      try {
        jids.add(Jid.parse(jid.get()));
      } catch (JidFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.of(jids);
  }

  private static Element listElement(String name, List<Jid> jids) {
    Element.Builder element = Element.builder(name, NAMESPACE);
    for (Jid jid : jids) {
      element.child(Element.builder("item", NAMESPACE).attribute("jid", jid.toString()).build());
    }
    return element.build();
  }
}
