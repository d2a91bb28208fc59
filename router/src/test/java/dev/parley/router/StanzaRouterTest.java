package dev.parley.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Addressing, IQ dispatch, service and remote domains and error handling of the router. */
class StanzaRouterTest {
  private final RouterFixture fixture = new RouterFixture();
  private final RecordingSession alice = fixture.connect("alice@example.com/home", 0);

  @Test
  void messageWithoutToFromClientGoesToOwnBareJid() {
    RecordingSession phone = fixture.connect("alice@example.com/phone", 5);
    Stanza message =
        Stanzas.parse("<message from='alice@example.com/home' id='n1'><body>x</body></message>");

    fixture.router.routeFromClient(message, alice);

    assertThat(phone.received()).hasSize(1);
    assertThat(phone.received().get(0).to()).contains(Jid.parse("alice@example.com"));
    assertThat(alice.received()).isEmpty();
  }

  @Test
  void iqWithoutToFromClientIsHandledForTheAccount() {
    fixture.router.routeFromClient(echo("i1", Optional.empty()), alice);

    Iq result = onlyIq(alice);
    assertThat(result.type().xmlValue()).isEqualTo("result");
    assertThat(result.element().elements().get(0).attribute("target"))
        .contains("alice@example.com");
  }

  @Test
  void iqToHostIsHandledByTheHostHandler() {
    fixture.router.route(echo("i2", Optional.of("example.com")));

    Iq result = onlyIq(alice);
    assertThat(result.element().elements().get(0).attribute("by")).contains("host");
    assertThat(result.from()).contains(Jid.parse("example.com"));
  }

  @Test
  void iqToAnotherAccountIsHandledOnItsBehalf() {
    fixture.router.route(echo("i3", Optional.of("bob@example.com")));

    Iq result = onlyIq(alice);
    assertThat(result.element().elements().get(0).attribute("target")).contains("bob@example.com");
  }

  @Test
  void iqWithUnknownNamespaceGetsServiceUnavailable() {
    for (String to : List.of("example.com", "bob@example.com", "alice@example.com")) {
      alice.clear();
      fixture.router.route(
          Stanzas.parse(
              "<iq from='alice@example.com/home' to='"
                  + to
                  + "' type='get' id='u1'><query xmlns='urn:test:unknown'/></iq>"));

      assertThat(Stanzas.condition(onlyIq(alice)))
          .as(to)
          .contains(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    }
  }

  @Test
  void failingHandlerGivesInternalServerError() {
    fixture.router.route(
        Stanzas.parse(
            "<iq from='alice@example.com/home' to='example.com' type='get' id='b1'>"
                + "<boom xmlns='urn:test:echo'/></iq>"));

    assertThat(Stanzas.condition(onlyIq(alice)))
        .contains(StanzaErrorCondition.INTERNAL_SERVER_ERROR);
  }

  @Test
  void resultsAndErrorsToTheServerAreNotAnswered() {
    fixture.router.route(
        Stanzas.parse(
            "<iq from='alice@example.com/home' to='example.com' type='result' id='r1'/>"));
    fixture.router.route(
        Stanzas.parse("<iq from='alice@example.com/home' to='example.com' type='error' id='r2'/>"));

    assertThat(alice.received()).isEmpty();
  }

  @Test
  void messageToTheServerIsRefusedAndPresenceIgnored() {
    fixture.router.route(
        Stanzas.parse(
            "<message from='alice@example.com/home' to='example.com' id='h1'><body>x</body></message>"));
    fixture.router.route(
        Stanzas.parse("<presence from='alice@example.com/home' to='example.com'/>"));

    assertThat(alice.received()).hasSize(1);
    assertThat(Stanzas.condition(alice.received().get(0)))
        .contains(StanzaErrorCondition.SERVICE_UNAVAILABLE);
  }

  @Test
  void remoteDomainBouncesWhileFederationIsOff() {
    Stanza message = Message.chat(alice.jid(), Jid.parse("juliet@remote.example"), "hi");

    fixture.router.routeFromClient(message, alice);

    assertThat(alice.received()).hasSize(1);
    Stanza error = alice.received().get(0);
    assertThat(Stanzas.condition(error)).contains(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND);
    Element errorElement = error.element().child("error", Namespaces.CLIENT).orElseThrow();
    assertThat(errorElement.child("federation-off", "urn:parley:errors:0")).isPresent();
    assertThat(error.from()).contains(Jid.parse("juliet@remote.example"));
  }

  @Test
  void remoteDomainGoesToTheFederationServiceOnceSetAndBouncesAgainAfterItStops() {
    List<Stanza> federated = new ArrayList<>();
    fixture.router.remoteDomains(federated::add);
    Stanza message = Message.chat(alice.jid(), Jid.parse("juliet@remote.example"), "hi");

    fixture.router.route(message);
    assertThat(federated).containsExactly(message);
    assertThat(alice.received()).isEmpty();

    fixture.router.federationStopped();
    fixture.router.route(message);
    assertThat(federated).hasSize(1);
    assertThat(Stanzas.condition(alice.received().get(0)))
        .contains(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND);
  }

  @Test
  void errorsToARemoteDomainAreNotAnsweredWithErrors() {
    fixture.router.route(
        Stanzas.parse(
            "<message from='alice@example.com/home' to='juliet@remote.example' type='error' id='e1'/>"));
    fixture.router.route(
        Stanzas.parse(
            "<iq from='alice@example.com/home' to='remote.example' type='error' id='e2'/>"));

    assertThat(alice.received()).isEmpty();
  }

  @Test
  void serviceDomainReceivesItsStanzas() {
    List<Stanza> chat = new ArrayList<>();
    DomainJid conference = DomainJid.of("conference.example.com");
    fixture.router.serviceDomain(conference, chat::add);
    Stanza join =
        Stanzas.parse(
            "<presence from='alice@example.com/home' to='room@conference.example.com/alice'/>");

    fixture.router.routeFromClient(join, alice);
    assertThat(chat).hasSize(1);
    assertThat(chat.get(0).to()).contains(Jid.parse("room@conference.example.com/alice"));

    fixture.router.removeServiceDomain(conference);
    fixture.router.route(Message.chat(alice.jid(), Jid.parse("room@conference.example.com"), "x"));
    assertThat(chat).hasSize(1);
    assertThat(Stanzas.condition(alice.received().get(0)))
        .contains(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND);
  }

  @Test
  void serviceReplyReachesTheClient() {
    fixture.router.serviceDomain(
        DomainJid.of("conference.example.com"),
        stanza ->
            fixture.router.route(
                Message.chat(
                    Jid.parse("room@conference.example.com"),
                    stanza.from().orElseThrow(),
                    "welcome")));

    fixture.router.route(Message.chat(alice.jid(), Jid.parse("room@conference.example.com"), "x"));

    assertThat(alice.received()).hasSize(1);
    assertThat(((Message) alice.received().get(0)).body()).contains("welcome");
  }

  @Test
  void subscriptionAndProbeToAFullJidGoToThePresenceRulesForTheBareJid() {
    fixture.connect("bob@example.com/r1", 0);
    fixture.router.route(
        Stanzas.parse(
            "<presence from='alice@example.com' to='bob@example.com/r1' type='subscribe'/>"));
    fixture.router.route(
        Stanzas.parse("<presence from='alice@example.com' to='bob@example.com/r7' type='probe'/>"));

    assertThat(fixture.presence.inbound()).hasSize(2);
    for (RecordingPresence.Inbound call : fixture.presence.inbound()) {
      assertThat(call.recipient()).isEqualTo(BareJid.of("bob", "example.com"));
      assertThat(call.presence().to()).contains(Jid.parse("bob@example.com"));
    }
  }

  @Test
  void presenceFromClientGoesToThePresenceRules() {
    RecordingSession bob = fixture.connect("bob@example.com/r1", 0);
    Presence directed =
        (Presence)
            Stanzas.parse("<presence from='alice@example.com/home' to='bob@example.com/r1'/>");

    fixture.router.routeFromClient(directed, alice);

    assertThat(fixture.presence.outbound()).containsExactly(directed);
    assertThat(bob.received()).containsExactly(directed);
  }

  @Test
  void fullOfflineStorageBouncesWithServiceUnavailable() {
    RouterFixture small = new RouterFixture(1);
    RecordingSession sender = small.connect("alice@example.com/home", 0);

    small.router.route(Message.chat(sender.jid(), Jid.parse("bob@example.com"), "1"));
    small.router.route(Message.chat(sender.jid(), Jid.parse("bob@example.com"), "2"));

    assertThat(small.offline.stored()).hasSize(1);
    assertThat(sender.received()).hasSize(1);
    assertThat(Stanzas.condition(sender.received().get(0)))
        .contains(StanzaErrorCondition.SERVICE_UNAVAILABLE);
  }

  private static Stanza echo(String id, Optional<String> to) {
    return Stanzas.parse(
        "<iq from='alice@example.com/home'"
            + to.map(t -> " to='" + t + "'").orElse("")
            + " type='get' id='"
            + id
            + "'><echo xmlns='urn:test:echo'/></iq>");
  }

  private static Iq onlyIq(RecordingSession session) {
    assertThat(session.received()).hasSize(1);
    return (Iq) session.received().get(0);
  }
}
