package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.XmlParsing;
import dev.parley.protocol.XmlWriter;
import dev.parley.server.ClientSession;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.OfflineStorage;
import dev.parley.server.Outcome;
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
  private final OfflineStore store;
  private final int quota;

  public OfflineService(OfflineStore store, int quota) {
    if (quota < 0) {
      throw new IllegalArgumentException("offline quota must not be negative");
    }
    this.store = store;
    this.quota = quota;
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

  /** Takes the stored messages out for {@code session}, readdressed to it. */
  public List<Stanza> flush(ClientSession session) {
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
