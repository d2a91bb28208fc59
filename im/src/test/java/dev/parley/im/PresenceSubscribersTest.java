package dev.parley.im;

import static dev.parley.protocol.PresenceType.AVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The subscribers a session remembers (RFC 6121 §4.4.2) follow every roster change made while it is
 * online, and presence updates do not read the roster again.
 */
class PresenceSubscribersTest {
  private final AtomicInteger rosterReads = new AtomicInteger();
  private final ImFixture im = new ImFixture(100, CountingReads::new);

  @Test
  void aSubscriptionApprovedWhileOnlineIsBroadcastTo() {
    RecordingSession alice = im.login("alice@example.com/home");
    RecordingSession bob = im.login("bob@example.com/r1");
    im.send(alice, "<presence><show>away</show></presence>");
    assertThat(Received.presenceSenders(bob, AVAILABLE)).isEmpty();

    im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
    im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
    bob.clear();
    im.send(alice, "<presence><show>dnd</show></presence>");

    assertThat(Received.presenceSenders(bob, AVAILABLE)).containsExactly("alice@example.com/home");
  }

  @Test
  void aCancelledSubscriptionIsNotBroadcastToAnyMore() {
    RecordingSession alice = im.login("alice@example.com/home");
    RecordingSession bob = im.login("bob@example.com/r1");
    im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
    im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
    im.send(alice, "<presence><show>away</show></presence>");
    assertThat(Received.presenceSenders(bob, AVAILABLE)).contains("alice@example.com/home");

    // §3.2: alice cancels bob's subscription from another resource; both resources stop.
    RecordingSession phone = im.login("alice@example.com/phone");
    im.send(phone, "<presence to='bob@example.com' type='unsubscribed'/>");
    bob.clear();
    im.send(alice, "<presence><show>dnd</show></presence>");
    im.send(phone, "<presence><show>chat</show></presence>");

    assertThat(Received.presenceSenders(bob, AVAILABLE)).isEmpty();
  }

  @Test
  void aRosterItemRemovedWhileOnlineIsNotBroadcastTo() {
    RecordingSession alice = im.login("alice@example.com/home");
    RecordingSession bob = im.login("bob@example.com/r1");
    im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
    im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
    im.send(alice, "<presence><show>away</show></presence>");

    im.send(
        alice,
        "<iq type='set' id='rm'><query xmlns='jabber:iq:roster'>"
            + "<item jid='bob@example.com' subscription='remove'/></query></iq>");
    bob.clear();
    im.send(alice, "<presence><show>dnd</show></presence>");

    assertThat(Received.presenceSenders(bob, AVAILABLE)).isEmpty();
  }

  @Test
  void updatesAfterInitialPresenceDoNotReadTheRoster() {
    RecordingSession alice = im.login("alice@example.com/home");
    RecordingSession bob = im.login("bob@example.com/r1");
    im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
    im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
    im.send(alice, "<presence><show>away</show></presence>");
    int before = rosterReads.get();

    for (int i = 0; i < 5; i++) {
      im.send(alice, "<presence><status>" + i + "</status></presence>");
    }

    assertThat(rosterReads.get()).isEqualTo(before);
    assertThat(Received.presences(bob, AVAILABLE)).hasSizeGreaterThanOrEqualTo(6);
  }

  /** Counts whole-roster reads of the store it wraps. */
  private final class CountingReads extends ForwardingRosterStore {
    CountingReads(RosterStore store) {
      super(store);
    }

    @Override
    public List<RosterItem> items(BareJid owner) {
      rosterReads.incrementAndGet();
      return super.items(owner);
    }
  }
}
