package dev.parley.im;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.testkit.fakes.RecordingSession;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Offline storage through the router: quota, delay stamp and when stored messages come out. */
class OfflineServiceTest {
  private final ImFixture im = new ImFixture(2);
  private final RecordingSession bob = im.login("bob@example.com/r1");

  @Test
  void messagesForAnOfflineUserAreStampedAndDeliveredOnNonNegativeInitialPresence() {
    Instant before = Instant.now().minusSeconds(1);
    send("one");
    send("two");
    assertThat(im.offlineStore.count(Jid.parseBare("alice@example.com"))).isEqualTo(2);

    RecordingSession home = im.connect("alice@example.com/home");
    im.send(home, "<presence/>");

    assertThat(Received.messages(home))
        .extracting(m -> m.body().orElseThrow())
        .containsExactly("one", "two");
    Message first = Received.messages(home).get(0);
    assertThat(first.to()).contains(home.jid());
    Element delay = first.element().child("delay", Namespaces.DELAY).orElseThrow();
    assertThat(delay.attribute("from")).contains("example.com");
    Instant stamp = Instant.parse(delay.attribute("stamp").orElseThrow());
    assertThat(stamp).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    assertThat(im.offlineStore.count(Jid.parseBare("alice@example.com"))).isZero();
  }

  @Test
  void negativePriorityKeepsMessagesStoredUntilPriorityIsRaised() {
    send("one");
    RecordingSession home = im.connect("alice@example.com/home");

    im.send(home, "<presence><priority>-1</priority></presence>");
    assertThat(Received.messages(home)).isEmpty();
    send("two");
    assertThat(Received.messages(home)).as("negative priority gets nothing").isEmpty();

    im.send(home, "<presence><priority>1</priority></presence>");
    assertThat(Received.messages(home))
        .extracting(m -> m.body().orElseThrow())
        .containsExactly("one", "two");
  }

  @Test
  void beyondTheQuotaMessagesBounceWithServiceUnavailable() {
    send("one");
    send("two");
    bob.clear();

    send("three");

    assertThat(bob.received())
        .singleElement()
        .satisfies(
            error ->
                assertThat(Stanzas.condition(error))
                    .contains(StanzaErrorCondition.SERVICE_UNAVAILABLE));
    assertThat(im.offlineStore.count(Jid.parseBare("alice@example.com"))).isEqualTo(2);
  }

  @Test
  void headlinesAreNotStored() {
    im.send(bob, "<message to='alice@example.com' type='headline'><body>news</body></message>");

    assertThat(im.offlineStore.count(Jid.parseBare("alice@example.com"))).isZero();
    assertThat(bob.received()).isEmpty();
  }

  @Test
  void quotaMustNotBeNegative() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new OfflineService(new InMemoryOfflineStore(), -1, im.directory));
  }

  private void send(String body) {
    im.send(bob, "<message to='alice@example.com' type='chat'><body>" + body + "</body></message>");
  }
}
