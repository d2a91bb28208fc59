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
import dev.parley.server.Feature;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Interceptor verdicts on both edges, and delivery listeners. */
class InterceptionTest {

  @Test
  void incomingRejectBouncesToTheSenderAndDeliversNothing() {
    RouterFixture fixture =
        withInterceptor(
            incoming(new Verdict.Reject(StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE))));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.route(Message.chat(alice.jid(), Jid.parse("bob@example.com"), "x"));
    fixture.router.route(Message.chat(alice.jid(), bob.jid(), "y"));

    assertThat(bob.received()).isEmpty();
    assertThat(alice.received())
        .hasSize(2)
        .allSatisfy(
            e -> assertThat(Stanzas.condition(e)).contains(StanzaErrorCondition.NOT_ACCEPTABLE));
  }

  @Test
  void incomingRejectOfAnErrorStanzaIsSilent() {
    RouterFixture fixture =
        withInterceptor(
            incoming(new Verdict.Reject(StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE))));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    fixture.connect("bob@example.com/r1", 0);

    fixture.router.route(
        Stanzas.parse(
            "<message from='alice@example.com/home' to='bob@example.com/r1' type='error'/>"));

    assertThat(alice.received()).isEmpty();
  }

  @Test
  void incomingDropIsSilent() {
    RouterFixture fixture = withInterceptor(incoming(new Verdict.Drop("blocked")));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.route(Message.chat(alice.jid(), Jid.parse("bob@example.com"), "x"));

    assertThat(bob.received()).isEmpty();
    assertThat(alice.received()).isEmpty();
    assertThat(fixture.offline.stored()).isEmpty();
  }

  @Test
  void continueDeliversAndRoutesTheExtraStanzas() {
    Message note =
        Message.chat(Jid.parse("example.com"), Jid.parse("alice@example.com/home"), "copy");
    RouterFixture fixture = withInterceptor(incoming(new Verdict.Continue(List.of(note))));
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    Message message = Message.chat(alice.jid(), Jid.parse("bob@example.com"), "x");

    fixture.router.route(message);

    assertThat(bob.received()).containsExactly(message);
    assertThat(alice.received()).containsExactly(note);
  }

  @Test
  void outgoingVerdictsApplyToClientStanzasOnly() {
    StanzaInterceptor rejectAll =
        new StanzaInterceptor() {
          @Override
          public Verdict outgoing(Stanza stanza, ClientSession sender) {
            return new Verdict.Reject(StanzaError.of(StanzaErrorCondition.POLICY_VIOLATION));
          }
        };
    RouterFixture fixture = withInterceptor(rejectAll);
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    Message message = Message.chat(alice.jid(), bob.jid(), "x");

    fixture.router.routeFromClient(message, alice);
    assertThat(bob.received()).isEmpty();
    assertThat(Stanzas.condition(alice.received().get(0)))
        .contains(StanzaErrorCondition.POLICY_VIOLATION);

    fixture.router.route(message);
    assertThat(bob.received()).containsExactly(message);
  }

  @Test
  void outgoingDropAndContinue() {
    Message extra = Message.chat(Jid.parse("example.com"), Jid.parse("bob@example.com/r1"), "e");
    StanzaInterceptor interceptor =
        new StanzaInterceptor() {
          @Override
          public Verdict outgoing(Stanza stanza, ClientSession sender) {
            return stanza instanceof Message m && m.body().orElse("").equals("drop")
                ? new Verdict.Drop("test")
                : new Verdict.Continue(List.of(extra));
          }
        };
    RouterFixture fixture = withInterceptor(interceptor);
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.routeFromClient(Message.chat(alice.jid(), bob.jid(), "drop"), alice);
    assertThat(bob.received()).isEmpty();
    assertThat(alice.received()).isEmpty();

    Message kept = Message.chat(alice.jid(), bob.jid(), "keep");
    fixture.router.routeFromClient(kept, alice);
    assertThat(bob.received()).containsExactly(extra, kept);
  }

  @Test
  void deliveryListenerStanzasAreRouted() {
    Feature listener =
        feature(
            context ->
                context.deliveryListener(
                    (message, recipient, receivedBy) ->
                        List.of(
                            Message.chat(
                                Jid.parse("example.com"),
                                message.from().orElseThrow(),
                                "delivered to " + recipient + " at " + receivedBy))));
    RouterFixture fixture = new RouterFixture(listener);
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);

    fixture.router.route(Message.chat(alice.jid(), Jid.parse("bob@example.com"), "x"));

    assertThat(bob.received()).hasSize(1);
    assertThat(alice.received()).hasSize(1);
    assertThat(((Message) alice.received().get(0)).body())
        .contains("delivered to bob@example.com at " + Set.of(bob.jid()));
  }

  @Test
  void deliveryListenerIsNotToldAboutOfflineStorage() {
    List<BareJid> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    Feature listener =
        feature(
            context ->
                context.deliveryListener(
                    (message, recipient, receivedBy) -> {
                      told.add(recipient);
                      return List.of();
                    }));
    RouterFixture fixture = new RouterFixture(listener);
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);

    fixture.router.route(Message.chat(alice.jid(), Jid.parse("bob@example.com"), "x"));

    assertThat(fixture.offline.stored()).hasSize(1);
    assertThat(told).isEmpty();
  }

  private static StanzaInterceptor incoming(Verdict verdict) {
    return new StanzaInterceptor() {
      @Override
      public Verdict incoming(Stanza stanza, BareJid recipient) {
        return recipient.localpart().equals("bob") ? verdict : Verdict.CONTINUE;
      }
    };
  }
}
