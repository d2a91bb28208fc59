package dev.parley.email;

import static dev.parley.email.Fixture.stanza;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Jid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import org.junit.jupiter.api.Test;

/** Stanzas from federated peers for an email address reach the user it stands for. */
class InboundTranslationTest {

  private final Fixture on = new Fixture(true);

  private Stanza in(String xml) {
    on.inbound.route(stanza(xml));
    return on.router.only();
  }

  @Test
  void aMessageToTheEmailAddressReachesTheUsersBareJid() {
    Stanza delivered =
        in(
            "<message from='bob@prosody.test/phone' to='john.doe@example.com' type='chat'><body>hi</body></message>");
    assertThat(delivered.to()).contains(Jid.parse("jdoe@im.example.com"));
    assertThat(delivered.from()).contains(Jid.parse("bob@prosody.test/phone"));
    assertThat(delivered.element().attribute("to")).contains("jdoe@im.example.com");
  }

  @Test
  void aFullAddressKeepsItsResourceAndCaseDoesNotMatter() {
    Stanza delivered =
        in(
            "<iq type='get' id='d1' from='bob@prosody.test/phone' to='John.Doe@example.com/laptop'>"
                + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>");
    assertThat(delivered.to()).contains(Jid.parse("jdoe@im.example.com/laptop"));
  }

  @Test
  void subscriptionsAndProbesForTheEmailAddressAreTheUsers() {
    for (String type : new String[] {"subscribe", "subscribed", "unsubscribe", "probe"}) {
      on.inbound.route(
          stanza(
              "<presence from='bob@prosody.test' to='john.doe@example.com' type='" + type + "'/>"));
    }
    assertThat(on.router.stanzas)
        .extracting(s -> s.to().orElseThrow())
        .containsOnly(Jid.parse("jdoe@im.example.com"));
    assertThat(on.router.stanzas).hasSize(4);
  }

  @Test
  void iqResultsAndErrorsForTheEmailAddressReachTheWaitingResource() {
    Stanza result =
        in("<iq type='result' id='v1' from='bob@prosody.test' to='john.doe@example.com/laptop'/>");
    assertThat(result.to()).contains(Jid.parse("jdoe@im.example.com/laptop"));
  }

  @Test
  void aFederationBounceForAMessageSentFromTheEmailAddressReachesTheSender() {
    // The federation service bounces what it could not deliver: addresses swapped, so the
    // bounce is for the email address the message left with.
    Stanza bounce =
        in(
            "<message type='error' from='bob@nowhere.test' to='john.doe@example.com/laptop' id='m1'>"
                + "<error type='cancel'><remote-server-not-found"
                + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    assertThat(bounce.to()).contains(Jid.parse("jdoe@im.example.com/laptop"));
    assertThat(bounce.isError()).isTrue();
  }

  @Test
  void theRealJidIsStillDeliveredAndRepliesLeaveFromTheEmailAddress() {
    Stanza delivered =
        in(
            "<message from='bob@prosody.test' to='jdoe@im.example.com' type='chat'><body>old address</body></message>");
    assertThat(delivered.to()).contains(Jid.parse("jdoe@im.example.com"));
    on.outbound.accept(
        stanza(
            "<message from='jdoe@im.example.com/laptop' to='bob@prosody.test' type='chat'><body>re</body></message>"));
    assertThat(on.federation.only().from()).contains(Jid.parse("john.doe@example.com/laptop"));
  }

  @Test
  void anUnknownEmailAddressGetsTheAnswersForAnAccountThatDoesNotExist() {
    on.inbound.route(
        stanza(
            "<message from='bob@prosody.test/phone' to='nobody@example.com' id='m'><body>?</body></message>"));
    on.inbound.route(
        stanza("<presence from='bob@prosody.test' to='nobody@example.com' type='subscribe'/>"));
    on.inbound.route(
        stanza("<presence from='bob@prosody.test' to='nobody@example.com' type='probe'/>"));
    on.inbound.route(stanza("<presence from='bob@prosody.test/phone' to='nobody@example.com'/>"));
    on.inbound.route(
        stanza(
            "<iq type='get' id='i' from='bob@prosody.test/phone' to='example.com'><ping xmlns='urn:xmpp:ping'/></iq>"));
    assertThat(on.router.stanzas).hasSize(4);
    Stanza bounce = on.router.stanzas.get(0);
    assertThat(bounce.isError()).isTrue();
    assertThat(bounce.from()).contains(Jid.parse("nobody@example.com"));
    assertThat(bounce.to()).contains(Jid.parse("bob@prosody.test/phone"));
    assertThat(StanzaError.from(bounce.element()).orElseThrow().condition())
        .isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    for (Stanza answer : on.router.stanzas.subList(1, 3)) {
      assertThat(((Presence) answer).type()).isEqualTo(PresenceType.UNSUBSCRIBED);
      assertThat(answer.from()).contains(Jid.parse("nobody@example.com"));
      assertThat(answer.to()).contains(Jid.parse("bob@prosody.test"));
    }
    Stanza iqError = on.router.stanzas.get(3);
    assertThat(iqError.isError()).isTrue();
    assertThat(iqError.from()).contains(Jid.parse("example.com"));
  }

  @Test
  void whileTheSettingIsOffAnEmailAddressStandsForNobody() {
    Fixture off = new Fixture(false);
    off.inbound.route(
        stanza(
            "<message from='bob@prosody.test' to='john.doe@example.com' id='m'><body>hi</body></message>"));
    assertThat(off.router.only().isError()).isTrue();
    assertThat(off.router.only().to()).contains(Jid.parse("bob@prosody.test"));
  }

  @Test
  void stanzasForOtherAddressesPassUnchanged() {
    Stanza original =
        stanza(
            "<message from='bob@prosody.test' to='nomail@im.example.com'><body>x</body></message>");
    on.inbound.route(original);
    assertThat(on.router.only()).isSameAs(original);
  }
}
