package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.XmlParsing;
import dev.parley.protocol.XmlWriter;
import dev.parley.server.ClientSession;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.OfflineStorage;
import dev.parley.server.Outcome;
import dev.parley.server.RouteDirectory;
import dev.parley.store.OfflineMessage;
import dev.parley.store.OfflineStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline messages (XEP-0160): kept with a delay stamp (XEP-0203) while the user has no available
 * resource, up to a per-user quota, and handed to the first resource that becomes available with a
 * non-negative priority.
 */
public final class OfflineService implements OfflineStorage, Feature {
  private static final Logger LOG = LoggerFactory.getLogger(OfflineService.class);
  private static final int LOCK_STRIPES = 64;
  private final OfflineStore store;
  private final int quota;
  private final RouteDirectory sessions;
  private final Object[] locks = new Object[LOCK_STRIPES];

  public OfflineService(OfflineStore store, int quota, RouteDirectory sessions) {
    if (quota < 0) {
      throw new IllegalArgumentException("offline quota must not be negative");
    }
    this.store = store;
    this.quota = quota;
    this.sessions = sessions;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /**
   * The lock that orders "store for later" against "became available and takes what was stored":
   * without it a message stored while the user's initial presence is processed would stay in
   * storage until the next login.
   */
  private Object lockFor(BareJid account) {
    return locks[Math.floorMod(account.hashCode(), LOCK_STRIPES)];
  }

  @Override
  public String name() {
    return "offline";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature("msgoffline");
  }

  @Override
  public Outcome store(Message message, BareJid recipient) {
    synchronized (lockFor(recipient)) {
      if (hasAvailableResource(recipient)) {
        // A resource became available meanwhile: route the message again, to it.
        return Outcome.reply(message);
      }
      return storeLocked(message, recipient);
    }
  }

  private boolean hasAvailableResource(BareJid account) {
    for (ClientSession session : sessions.sessions(account)) {
      if (session.isAvailable() && session.priority() >= 0) {
        return true;
      }
    }
    return false;
  }

  private Outcome storeLocked(Message message, BareJid recipient) {
    if (store.count(recipient) >= quota) {
      LOG.info("offline storage of {} is full ({} messages), bouncing", recipient, quota);
      return Outcome.fail(
          StanzaErrorCondition.SERVICE_UNAVAILABLE,
          "the recipient is offline and their offline storage is full");
    }
    store.store(recipient, XmlWriter.toXml(stamped(message, recipient)));
    return Outcome.done();
  }

  private static Element stamped(Message message, BareJid recipient) {
    Element delay =
        Element.builder("delay", Namespaces.DELAY)
            .attribute("from", recipient.domain())
            .attribute("stamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
            .text("Offline storage")
            .build();
    return message.element().toBuilder().child(delay).build();
  }

  /**
   * Makes {@code session} available with {@code presence} and takes the stored messages out for it,
   * readdressed to it, as one step with respect to {@link #store}.
   */
  public List<Stanza> becameAvailable(ClientSession session, Presence presence) {
    synchronized (lockFor(session.jid().account())) {
      session.updatePresence(Optional.of(presence));
      return presence.priority() >= 0 ? flush(session) : List.of();
    }
  }

  private List<Stanza> flush(ClientSession session) {
    BareJid owner = session.jid().account();
    List<OfflineMessage> stored = store.list(owner);
    if (stored.isEmpty()) {
      return List.of();
    }
    List<Stanza> messages = new ArrayList<>(stored.size());
    List<Long> ids = new ArrayList<>(stored.size());
    for (OfflineMessage offline : stored) {
      Stanza stanza = Stanza.parse(XmlParsing.parseElement(offline.stanzaXml()));
      messages.add(stanza.withAddresses(stanza.from(), Optional.of(session.jid())));
      ids.add(offline.id());
    }
    store.delete(owner, ids);
    LOG.info("delivering {} offline messages to {}", messages.size(), session.jid());
    return messages;
  }
}
