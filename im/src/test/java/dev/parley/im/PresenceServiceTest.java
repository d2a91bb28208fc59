package dev.parley.im;

import static dev.parley.protocol.PresenceType.AVAILABLE;
import static dev.parley.protocol.PresenceType.PROBE;
import static dev.parley.protocol.PresenceType.UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Jid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.store.RosterItem;
import dev.parley.store.Subscription;
import dev.parley.testkit.fakes.RecordingSession;
import org.junit.jupiter.api.Test;

/** Presence broadcast, probes, directed presence and session end (RFC 6121 §4). */
class PresenceServiceTest {
  private final ImFixture im = new ImFixture();

  @Test
  void initialPresenceGoesToSubscribersAndOwnResourcesAndProbesAreAnswered() {
    both("alice", "bob");
    RecordingSession bob = im.login("bob@example.com/r1");
    RecordingSession phone = im.login("alice@example.com/phone");
    RecordingSession home = im.connect("alice@example.com/home");
    phone.clear();
    bob.clear();

    im.send(home, "<presence><show>away</show></presence>");

    assertThat(Received.presenceSenders(bob, AVAILABLE)).containsExactly("alice@example.com/home");
    // Probes go from the bare JID, so their answers reach every available resource of alice.
    assertThat(Received.presenceSenders(phone, AVAILABLE)).contains("alice@example.com/home");
    // §4.2.2: the new resource gets its own presence, its other resources' and its contacts'.
    assertThat(Received.presenceSenders(home, AVAILABLE))
        .containsExactlyInAnyOrder(
            "alice@example.com/home", "alice@example.com/phone", "bob@example.com/r1");
    assertThat(Received.presences(bob, PROBE)).as("probes are answered by the server").isEmpty();
  }

  @Test
  void probeForAContactWithoutResourcesIsAnsweredUnavailable() {
    both("alice", "bob");
    RecordingSession home = im.connect("alice@example.com/home");

    im.send(home, "<presence/>");

    assertThat(Received.presenceSenders(home, UNAVAILABLE)).containsExactly("bob@example.com");
  }

  @Test
  void presenceIsNotBroadcastToNonSubscribers() {
    oneWay("bob", "alice"); // bob is subscribed to alice
    RecordingSession carol = im.login("carol@example.com/desk");
    RecordingSession bob = im.login("bob@example.com/r1");
    RecordingSession alice = im.login("alice@example.com/home");
    bob.clear();

    im.send(alice, "<presence><show>dnd</show></presence>");
    im.send(bob, "<presence><show>xa</show></presence>");

    assertThat(Received.presenceSenders(bob, AVAILABLE))
        .containsExactly("alice@example.com/home", "bob@example.com/r1");
    assertThat(Received.presenceSenders(alice, AVAILABLE))
        .as("alice has no 'to' subscription")
        .containsExactly("alice@example.com/home");
    assertThat(carol.received()).isEmpty();
  }

  @Test
  void unavailableGoesToSubscribersOwnResourcesAndDirectedRecipientsOnce() {
    both("alice", "bob");
    RecordingSession bob = im.login("bob@example.com/r1");
    RecordingSession carol = im.login("carol@example.com/desk");
    RecordingSession phone = im.login("alice@example.com/phone");
    RecordingSession home = im.login("alice@example.com/home");
    im.send(home, "<presence to='carol@example.com'/>");
    im.send(home, "<presence to='bob@example.com/r1'/>");
    assertThat(Received.presenceSenders(carol, AVAILABLE)).contains("alice@example.com/home");
    bob.clear();
    carol.clear();
    phone.clear();

    im.send(home, "<presence type='unavailable'/>");

    assertThat(Received.presenceSenders(bob, UNAVAILABLE))
        .containsExactly("alice@example.com/home");
    assertThat(Received.presenceSenders(carol, UNAVAILABLE))
        .containsExactly("alice@example.com/home");
    assertThat(Received.presenceSenders(phone, UNAVAILABLE))
        .containsExactly("alice@example.com/home");
    assertThat(home.isAvailable()).isFalse();
  }

  @Test
  void directedUnavailableEndsTheTracking() {
    RecordingSession carol = im.login("carol@example.com/desk");
    RecordingSession home = im.login("alice@example.com/home");
    im.send(home, "<presence to='carol@example.com'/>");
    im.send(home, "<presence to='carol@example.com' type='unavailable'/>");
    carol.clear();

    im.send(home, "<presence type='unavailable'/>");

    assertThat(carol.received()).isEmpty();
  }

  @Test
  void sessionEndBroadcastsUnavailable() {
    both("alice", "bob");
    RecordingSession bob = im.login("bob@example.com/r1");
    RecordingSession carol = im.login("carol@example.com/desk");
    RecordingSession home = im.login("alice@example.com/home");
    im.send(home, "<presence to='carol@example.com'/>");
    bob.clear();
    carol.clear();

    for (Stanza stanza : im.presence.sessionEnded(home)) {
      im.router.route(stanza);
    }

    assertThat(Received.presenceSenders(bob, UNAVAILABLE))
        .containsExactly("alice@example.com/home");
    assertThat(Received.presenceSenders(carol, UNAVAILABLE))
        .containsExactly("alice@example.com/home");
    assertThat(home.isAvailable()).isFalse();
    assertThat(im.presence.sessionEnded(home)).as("nothing more once unavailable").isEmpty();
  }

  @Test
  void sessionEndWithoutPresenceSendsNothing() {
    RecordingSession home = im.connect("alice@example.com/home");

    assertThat(im.presence.sessionEnded(home)).isEmpty();
  }

  @Test
  void presenceToTheBareJidReachesEveryAvailableResource() {
    RecordingSession home = im.login("alice@example.com/home");
    RecordingSession low = im.connect("alice@example.com/low");
    im.send(low, "<presence><priority>-5</priority></presence>");
    RecordingSession idle = im.connect("alice@example.com/idle");
    home.clear();
    low.clear();

    im.router.route(
        Presence.of(
            AVAILABLE,
            java.util.Optional.of(Jid.parse("bob@example.com/r1")),
            java.util.Optional.of(Jid.parse("alice@example.com"))));

    assertThat(Received.presences(home, AVAILABLE)).hasSize(1);
    assertThat(Received.presences(low, AVAILABLE)).hasSize(1);
    assertThat(idle.received()).isEmpty();
  }

  @Test
  void probeFromANonSubscriberIsNotAnswered() {
    RecordingSession home = im.login("alice@example.com/home");
    RecordingSession carol = im.login("carol@example.com/desk");
    carol.clear();

    im.router.route(
        Presence.of(
            PROBE,
            java.util.Optional.of(Jid.parse("carol@example.com")),
            java.util.Optional.of(Jid.parse("alice@example.com"))));

    assertThat(carol.received()).isEmpty();
    assertThat(home.received()).isEmpty();
  }

  @Test
  void probeForAMissingAccountIsAnsweredWithUnsubscribedWhichEndsTheStaleSubscription() {
    im.rosters.put(
        RosterItem.of(Jid.parseBare("carol@example.com"), Jid.parse("ghost@example.com"))
            .withSubscription(Subscription.TO));

    RecordingSession carol = im.connect("carol@example.com/desk");
    im.send(carol, "<presence/>");

    // §4.3.2 and §8.5.1: the probe gets 'unsubscribed', and §3.2.3 applies it.
    assertThat(Received.presenceSenders(carol, dev.parley.protocol.PresenceType.UNSUBSCRIBED))
        .containsExactly("ghost@example.com");
    assertThat(im.state("carol", "ghost")).isEqualTo("none");
  }

  private void both(String a, String b) {
    oneWay(a, b);
    oneWay(b, a);
  }

  /** Makes {@code subscriber} subscribed to {@code contact}, directly in the store. */
  private void oneWay(String subscriber, String contact) {
    add(subscriber, contact, true);
    add(contact, subscriber, false);
  }

  private void add(String owner, String contact, boolean to) {
    RosterItem item =
        im.rosters
            .item(Jid.parseBare(owner + "@example.com"), Jid.parse(contact + "@example.com"))
            .orElse(
                RosterItem.of(
                    Jid.parseBare(owner + "@example.com"), Jid.parse(contact + "@example.com")));
    Subscription current = item.subscription();
    im.rosters.put(item.withSubscription(to ? current.withTo(true) : current.withFrom(true)));
  }
}
