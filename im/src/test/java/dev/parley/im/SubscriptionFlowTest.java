package dev.parley.im;

import static dev.parley.protocol.PresenceType.AVAILABLE;
import static dev.parley.protocol.PresenceType.SUBSCRIBE;
import static dev.parley.protocol.PresenceType.SUBSCRIBED;
import static dev.parley.protocol.PresenceType.UNAVAILABLE;
import static dev.parley.protocol.PresenceType.UNSUBSCRIBE;
import static dev.parley.protocol.PresenceType.UNSUBSCRIBED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.store.RosterItem;
import dev.parley.store.Subscription;
import dev.parley.testkit.fakes.RecordingSession;
import org.junit.jupiter.api.Test;

/** RFC 6121 §3 between two local users, with both rosters checked after every step. */
class SubscriptionFlowTest {
  private final ImFixture im = new ImFixture();
  private final RecordingSession alice = im.login("alice@example.com/home");
  private final RecordingSession bob = im.login("bob@example.com/r1");

  @Test
  void subscribeThenApproveThenMutual() {
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
    assertThat(im.state("alice", "bob")).isEqualTo("none+out");
    assertThat(im.state("bob", "alice")).isEqualTo("absent+in");
    assertThat(Received.presenceSenders(bob, SUBSCRIBE)).containsExactly("alice@example.com");
    Iq push = Received.rosterPushes(alice).get(0);
    assertThat(push.payload().orElseThrow().elements().get(0).attribute("ask"))
        .contains("subscribe");

    clear();
    im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");
    assertThat(im.state("alice", "bob")).isEqualTo("to");
    assertThat(im.state("bob", "alice")).isEqualTo("from");
    assertThat(Received.presenceSenders(alice, SUBSCRIBED)).containsExactly("bob@example.com");
    // §3.1.5: the new subscriber gets the contact's current presence.
    assertThat(Received.presenceSenders(alice, AVAILABLE)).containsExactly("bob@example.com/r1");
    assertThat(Received.rosterPushes(alice)).hasSize(1);
    assertThat(Received.rosterPushes(bob)).hasSize(1);

    clear();
    im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
    assertThat(im.state("bob", "alice")).isEqualTo("from+out");
    assertThat(im.state("alice", "bob")).isEqualTo("to+in");
    im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
    assertThat(im.state("alice", "bob")).isEqualTo("both");
    assertThat(im.state("bob", "alice")).isEqualTo("both");
  }

  @Test
  void subscribeToAFullJidIsTreatedAsToTheBareJid() {
    im.send(alice, "<presence to='bob@example.com/r1' type='subscribe'/>");

    assertThat(im.state("alice", "bob")).isEqualTo("none+out");
    assertThat(im.state("bob", "alice")).isEqualTo("absent+in");
    assertThat(Received.presences(bob, SUBSCRIBE).get(0).to())
        .hasToString("Optional[bob@example.com]");
  }

  @Test
  void unsubscribeEndsTheUsersSubscription() {
    mutual();

    im.send(alice, "<presence to='bob@example.com' type='unsubscribe'/>");

    assertThat(im.state("alice", "bob")).isEqualTo("from");
    assertThat(im.state("bob", "alice")).isEqualTo("to");
    assertThat(Received.presenceSenders(bob, UNSUBSCRIBE)).containsExactly("alice@example.com");
    // §3.3.3: the former subscriber learns that the contact is now unavailable to it.
    assertThat(Received.presenceSenders(alice, UNAVAILABLE)).containsExactly("bob@example.com/r1");
  }

  @Test
  void unsubscribedCancelsTheContactsSubscriptionAfterUnavailable() {
    mutual();

    im.send(bob, "<presence to='alice@example.com' type='unsubscribed'/>");

    assertThat(im.state("bob", "alice")).isEqualTo("to");
    assertThat(im.state("alice", "bob")).isEqualTo("from");
    assertThat(Received.presenceSenders(alice, UNAVAILABLE)).containsExactly("bob@example.com/r1");
    assertThat(Received.presenceSenders(alice, UNSUBSCRIBED)).containsExactly("bob@example.com");
    // §3.2.2: unavailable first, while alice is still subscribed.
    assertThat(alice.received().indexOf(Received.presences(alice, UNAVAILABLE).get(0)))
        .isLessThan(alice.received().indexOf(Received.presences(alice, UNSUBSCRIBED).get(0)));
  }

  @Test
  void unsubscribedDeniesAPendingRequest() {
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
    clear();

    im.send(bob, "<presence to='alice@example.com' type='unsubscribed'/>");

    assertThat(im.state("bob", "alice")).isEqualTo("absent");
    assertThat(im.state("alice", "bob")).isEqualTo("none");
    assertThat(Received.presenceSenders(alice, UNSUBSCRIBED)).containsExactly("bob@example.com");
    assertThat(Received.presences(alice, UNAVAILABLE)).isEmpty();
  }

  @Test
  void unsubscribedWithNothingToCancelIsNotRouted() {
    im.send(bob, "<presence to='alice@example.com' type='unsubscribed'/>");

    assertThat(alice.received()).isEmpty();
    assertThat(im.state("alice", "bob")).isEqualTo("absent");
  }

  @Test
  void subscribedWithoutRequestIsAPreApproval() {
    im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");

    assertThat(im.state("bob", "alice")).isEqualTo("none+approved");
    assertThat(alice.received()).isEmpty();
    assertThat(Received.rosterPushes(bob)).hasSize(1);

    clear();
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");

    assertThat(im.state("bob", "alice")).isEqualTo("from");
    assertThat(im.state("alice", "bob")).isEqualTo("to");
    assertThat(Received.presences(bob, SUBSCRIBE)).as("no request shown to bob").isEmpty();
    assertThat(Received.presenceSenders(alice, SUBSCRIBED)).containsExactly("bob@example.com");
    assertThat(Received.presenceSenders(alice, AVAILABLE)).containsExactly("bob@example.com/r1");
  }

  @Test
  void unsubscribedCancelsAPreApprovalWithoutTellingTheContact() {
    im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");
    clear();

    im.send(bob, "<presence to='alice@example.com' type='unsubscribed'/>");

    assertThat(im.state("bob", "alice")).isEqualTo("none");
    assertThat(alice.received()).isEmpty();
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
    assertThat(im.state("bob", "alice")).isEqualTo("none+in");
  }

  @Test
  void subscribeWhenAlreadyApprovedIsAnsweredForTheContact() {
    // bob's roster says alice is subscribed, alice's roster lost the item: §3.1.3 auto-reply.
    im.rosters.put(
        RosterItem.of(Jid.parseBare("bob@example.com"), Jid.parse("alice@example.com"))
            .withSubscription(Subscription.FROM));

    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");

    assertThat(Received.presenceSenders(alice, SUBSCRIBED)).containsExactly("bob@example.com");
    assertThat(Received.presences(bob, SUBSCRIBE)).isEmpty();
    assertThat(im.state("alice", "bob")).isEqualTo("to");
  }

  @Test
  void subscribeWhenAlreadySubscribedIsAnsweredButIgnoredByTheUsersServer() {
    mutual();

    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");

    // §3.1.6: without a pending request the user's server ignores the auto-reply.
    assertThat(alice.received()).isEmpty();
    assertThat(Received.presences(bob, SUBSCRIBE)).isEmpty();
    assertThat(im.state("alice", "bob")).isEqualTo("both");
  }

  @Test
  void subscribedWithoutOurRequestChangesNothing() {
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
    im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");
    clear();

    im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");

    assertThat(im.state("alice", "bob")).isEqualTo("to");
    assertThat(Received.presences(alice, SUBSCRIBED)).isEmpty();
  }

  @Test
  void rosterRemoveCancelsBothDirections() {
    mutual();

    im.send(
        alice,
        "<iq type='set' id='rm'><query xmlns='jabber:iq:roster'>"
            + "<item jid='bob@example.com' subscription='remove'/></query></iq>");

    assertThat(Received.iqs(alice, "rm")).hasSize(1);
    assertThat(im.state("alice", "bob")).isEqualTo("absent");
    assertThat(im.state("bob", "alice")).isEqualTo("none");
    assertThat(Received.presenceSenders(bob, UNSUBSCRIBE)).containsExactly("alice@example.com");
    assertThat(Received.presenceSenders(bob, UNSUBSCRIBED)).containsExactly("alice@example.com");
    assertThat(Received.presenceSenders(bob, UNAVAILABLE))
        .containsExactly("alice@example.com/home");
    assertThat(
            Received.rosterPushes(alice)
                .get(0)
                .payload()
                .orElseThrow()
                .elements()
                .get(0)
                .attribute("subscription"))
        .contains("remove");
  }

  @Test
  void rosterRemoveOfAPendingRequestDeniesIt() {
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
    clear();

    im.send(
        bob,
        "<iq type='set' id='rm'><query xmlns='jabber:iq:roster'>"
            + "<item jid='alice@example.com' subscription='remove'/></query></iq>");

    assertThat(im.state("bob", "alice")).isEqualTo("absent");
    assertThat(im.state("alice", "bob")).isEqualTo("none");
    assertThat(Received.presenceSenders(alice, UNSUBSCRIBED)).containsExactly("bob@example.com");
  }

  @Test
  void requestToAMissingAccountIsAnsweredWithUnsubscribed() {
    im.send(alice, "<presence to='ghost@example.com' type='subscribe'/>");

    assertThat(Received.presenceSenders(alice, UNSUBSCRIBED)).containsExactly("ghost@example.com");
    assertThat(im.state("alice", "ghost")).isEqualTo("none");
  }

  @Test
  void requestToAnOfflineContactWaitsForItsInitialPresence() {
    im.send(alice, "<presence to='carol@example.com' type='subscribe'/>");
    assertThat(im.state("carol", "alice")).isEqualTo("absent+in");

    RecordingSession carol = im.connect("carol@example.com/desk");
    assertThat(carol.received()).isEmpty();
    im.send(carol, "<presence/>");

    assertThat(Received.presenceSenders(carol, SUBSCRIBE)).containsExactly("alice@example.com");
  }

  private void mutual() {
    im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
    im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");
    im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
    im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
    assertThat(im.state("alice", "bob")).isEqualTo("both");
    assertThat(im.state("bob", "alice")).isEqualTo("both");
    clear();
  }

  private void clear() {
    alice.clear();
    bob.clear();
  }
}
