package dev.parley.router;

import static dev.parley.router.TestFeatures.feature;
import static dev.parley.router.TestFeatures.withInterceptor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * {@code routeFromClient} with an executor, as a connection's event loop calls it: what needs only
 * memory is delivered on the calling thread; the rest is handed to the executor whole, and runs the
 * same rules there.
 */
class EventLoopRoutingTest {
  /** The tasks handed over, run only when the test says so (as a connection's executor would). */
  private final List<Runnable> handedOver = new ArrayList<>();

  private final Executor executor = handedOver::add;

  private void runHandedOver() {
    List<Runnable> tasks = List.copyOf(handedOver);
    handedOver.clear();
    tasks.forEach(Runnable::run);
  }

  @Test
  void aMessageToAnOnlineUserIsDeliveredOnTheCallingThreadAndCountedAsOnTheOtherPath() {
    RouterFixture fixture = new RouterFixture();
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    Message message = Message.chat(alice.jid(), bob.jid(), "now");

    fixture.router.routeFromClient(message, alice, executor);

    assertThat(handedOver).isEmpty();
    assertThat(bob.received()).containsExactly(message);
    RouterFixture other = new RouterFixture();
    RecordingSession otherAlice = other.connect("alice@example.com/home", 0);
    other.connect("bob@example.com/r1", 0);
    other.router.routeFromClient(message, otherAlice);
    for (String route : List.of("in", "local")) {
      assertThat(routed(fixture, route)).as(route).isEqualTo(1.0).isEqualTo(routed(other, route));
    }
  }

  @Test
  void anInterceptorThatCannotDecideWithoutBlockingSendsTheMessageToTheExecutor() {
    List<String> decided = new ArrayList<>();
    RouterFixture fixture =
        withInterceptor(
            new StanzaInterceptor() {
              @Override
              public Verdict outgoing(Stanza stanza, ClientSession sender) {
                decided.add("outgoing");
                return Verdict.CONTINUE;
              }
            });
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    Message message = Message.chat(alice.jid(), bob.jid(), "later");

    fixture.router.routeFromClient(message, alice, executor);
    assertThat(bob.received()).isEmpty();
    assertThat(handedOver).hasSize(1);

    runHandedOver();
    assertThat(decided).containsExactly("outgoing");
    assertThat(bob.received()).containsExactly(message);
  }

  @Test
  void aRejectionKnownNowIsBouncedOnTheExecutor() {
    RouterFixture fixture =
        withInterceptor(
            decidingNow(
                new Verdict.Reject(StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE)),
                Verdict.CONTINUE));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.routeFromClient(Message.chat(alice.jid(), bob.jid(), "no"), alice, executor);
    assertThat(alice.received()).isEmpty();

    runHandedOver();
    assertThat(bob.received()).isEmpty();
    assertThat(Stanzas.condition(alice.received().get(0)))
        .contains(StanzaErrorCondition.NOT_ACCEPTABLE);
  }

  @Test
  void stanzasAnInterceptorAddsKeepTheirPlaceBeforeTheMessage() {
    Message extra = Message.chat(Jid.parse("example.com"), Jid.parse("bob@example.com/r1"), "e");
    RouterFixture fixture =
        withInterceptor(decidingNow(new Verdict.Continue(List.of(extra)), Verdict.CONTINUE));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    Message kept = Message.chat(alice.jid(), bob.jid(), "keep");

    fixture.router.routeFromClient(kept, alice, executor);
    runHandedOver();

    assertThat(bob.received()).containsExactly(extra, kept);
  }

  @Test
  void anIncomingVerdictThatNeedsStorageSendsTheMessageToTheExecutor() {
    RouterFixture fixture =
        withInterceptor(
            new StanzaInterceptor() {
              @Override
              public Optional<Verdict> outgoingNow(Stanza stanza, ClientSession sender) {
                return Optional.of(Verdict.CONTINUE);
              }
            });
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.routeFromClient(Message.chat(alice.jid(), bob.jid(), "x"), alice, executor);

    assertThat(bob.received()).isEmpty();
    runHandedOver();
    assertThat(bob.received()).hasSize(1);
  }

  @Test
  void whatADeliveryListenerProducesFollowsOnTheExecutor() {
    RouterFixture fixture =
        new RouterFixture(
            feature(
                context ->
                    context.deliveryListener(
                        (message, recipient, receivedBy) ->
                            List.of(
                                Message.chat(
                                    Jid.parse("example.com"),
                                    message.from().orElseThrow(),
                                    "delivered")))));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.routeFromClient(Message.chat(alice.jid(), bob.jid(), "x"), alice, executor);
    assertThat(bob.received()).hasSize(1);
    assertThat(alice.received()).isEmpty();

    runHandedOver();
    assertThat(((Message) alice.received().get(0)).body()).contains("delivered");
  }

  @Test
  void presenceIqsAndRemoteMessagesGoToTheExecutor() {
    RouterFixture fixture = new RouterFixture();
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    List<Stanza> federated = new ArrayList<>();
    fixture.router.remoteDomains(federated::add);

    for (String xml :
        List.of(
            "<presence from='alice@example.com/home' to='bob@example.com/r1'/>",
            "<iq from='alice@example.com/home' to='bob@example.com/r1' type='get' id='p1'>"
                + "<ping xmlns='urn:xmpp:ping'/></iq>",
            "<message from='alice@example.com/home' to='juliet@remote.example'><body>x</body>"
                + "</message>")) {
      fixture.router.routeFromClient(Stanzas.parse(xml), alice, executor);
    }
    assertThat(bob.received()).isEmpty();
    assertThat(federated).isEmpty();
    assertThat(handedOver).hasSize(3);

    runHandedOver();
    assertThat(bob.received()).hasSize(2);
    assertThat(federated).hasSize(1);
  }

  private static double routed(RouterFixture fixture, String route) {
    return fixture
        .metrics
        .get("parley.stanzas.routed")
        .tag("kind", "message")
        .tag("route", route)
        .counter()
        .count();
  }

  /**
   * An interceptor that decides from memory: {@code out} for what alice sends, {@code in} for bob.
   */
  private static StanzaInterceptor decidingNow(Verdict out, Verdict in) {
    return new StanzaInterceptor() {
      @Override
      public Verdict outgoing(Stanza stanza, ClientSession sender) {
        return out;
      }

      @Override
      public Optional<Verdict> outgoingNow(Stanza stanza, ClientSession sender) {
        return Optional.of(out);
      }

      @Override
      public Verdict incoming(Stanza stanza, BareJid recipient) {
        return in;
      }

      @Override
      public Optional<Verdict> incomingNow(Stanza stanza, BareJid recipient) {
        return Optional.of(in);
      }
    };
  }
}
