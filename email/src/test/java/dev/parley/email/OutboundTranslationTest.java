package dev.parley.email;

import static dev.parley.email.Fixture.stanza;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every stanza leaving over federation shows local users by their email addresses. */
class OutboundTranslationTest {

  private final Fixture on = new Fixture(true);

  private Stanza out(String xml) {
    on.outbound.accept(stanza(xml));
    return on.federation.only();
  }

  @Test
  void aChatMessageFromAFullJidLeavesFromTheEmailAddressWithTheSameResource() {
    Stanza sent =
        out(
            "<message from='jdoe@im.example.com/laptop' to='bob@prosody.test' type='chat'"
                + " id='m1'><body>write to jdoe@im.example.com</body></message>");
    assertThat(sent.from()).contains(Jid.parse("john.doe@example.com/laptop"));
    assertThat(sent.to()).contains(Jid.parse("bob@prosody.test"));
    assertThat(sent.element().attribute("from")).contains("john.doe@example.com/laptop");
    // The body is the user's text, never rewritten.
    assertThat(sent.element().childText("body", "jabber:client"))
        .contains("write to jdoe@im.example.com");
  }

  @Test
  void presenceBroadcastsProbeAnswersAndSubscriptionAnswersLeaveFromTheEmailAddress() {
    String[] stanzas = {
      "<presence from='jdoe@im.example.com/laptop' to='bob@prosody.test'><show>away</show></presence>",
      "<presence from='jdoe@im.example.com' to='bob@prosody.test' type='unavailable'/>",
      "<presence from='jdoe@im.example.com' to='bob@prosody.test' type='subscribed'/>",
      "<presence from='jdoe@im.example.com' to='bob@prosody.test' type='subscribe'/>",
      "<presence from='jdoe@im.example.com' to='bob@prosody.test' type='unsubscribed'/>",
      "<presence from='jdoe@im.example.com' to='bob@prosody.test' type='probe'/>",
    };
    for (String xml : stanzas) {
      on.outbound.accept(stanza(xml));
    }
    assertThat(on.federation.stanzas)
        .extracting(s -> s.from().orElseThrow().bare())
        .containsOnly(Jid.parse("john.doe@example.com"));
    assertThat(on.federation.stanzas.get(0).from())
        .contains(Jid.parse("john.doe@example.com/laptop"));
  }

  @Test
  void iqResultsAndErrorsLeaveFromTheEmailAddressAndTheErrorGeneratorIsHidden() {
    Stanza result =
        out(
            "<iq type='result' id='v1' from='jdoe@im.example.com' to='bob@prosody.test/phone'>"
                + "<vCard xmlns='vcard-temp'/></iq>");
    assertThat(result.from()).contains(Jid.parse("john.doe@example.com"));
    on.federation.stanzas.clear();
    Stanza error =
        out(
            "<iq type='error' id='q1' from='jdoe@im.example.com/laptop' to='bob@prosody.test/phone'>"
                + "<error type='cancel' by='jdoe@im.example.com'>"
                + "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    assertThat(error.from()).contains(Jid.parse("john.doe@example.com/laptop"));
    assertThat(error.element().child("error", "jabber:client").flatMap(e -> e.attribute("by")))
        .contains("john.doe@example.com");
    assertThat(error.isError()).isTrue();
  }

  @Test
  void addressesInsidePayloadsThatThePeerCouldUseToReachAUserAreRewritten() {
    Stanza invite =
        out(
            "<message from='room@conference.im.example.com' to='bob@prosody.test'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                + "<invite from='jdoe@im.example.com/laptop'><reason>join</reason></invite></x>"
                + "<addresses xmlns='http://jabber.org/protocol/address'>"
                + "<address type='replyto' jid='jdoe@im.example.com'/>"
                + "<address type='cc' jid='nomail@im.example.com'/></addresses></message>");
    Element x = invite.element().childIn("http://jabber.org/protocol/muc#user").orElseThrow();
    assertThat(x.elements().get(0).attribute("from")).contains("john.doe@example.com/laptop");
    Element addresses =
        invite.element().childIn("http://jabber.org/protocol/address").orElseThrow();
    assertThat(addresses.elements().get(0).attribute("jid")).contains("john.doe@example.com");
    assertThat(addresses.elements().get(1).attribute("jid")).contains("nomail@im.example.com");
    assertThat(invite.from()).contains(Jid.parse("room@conference.im.example.com"));

    on.federation.stanzas.clear();
    Stanza occupant =
        out(
            "<presence from='room@conference.im.example.com/jd' to='bob@prosody.test/phone'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                + "<item affiliation='member' role='participant' jid='jdoe@im.example.com/laptop'/>"
                + "</x></presence>");
    Element item = occupant.element().childIn("http://jabber.org/protocol/muc#user").orElseThrow();
    assertThat(item.elements().get(0).attribute("jid")).contains("john.doe@example.com/laptop");
  }

  @Test
  void usersWithoutEmailAndServerAddressesKeepTheirJids() {
    Stanza plain =
        out(
            "<message from='nomail@im.example.com/a' to='bob@prosody.test'><body>hi</body></message>");
    assertThat(plain.from()).contains(Jid.parse("nomail@im.example.com/a"));
    on.federation.stanzas.clear();
    Stanza server = out("<iq type='result' id='p' from='im.example.com' to='prosody.test'/>");
    assertThat(server.from()).contains(Jid.parse("im.example.com"));
  }

  @Test
  void nothingIsRewrittenWhileTheSettingIsOff() {
    Fixture off = new Fixture(false);
    Stanza original =
        stanza(
            "<message from='jdoe@im.example.com/laptop' to='bob@prosody.test'><body>x</body></message>");
    off.outbound.accept(original);
    assertThat(off.federation.only()).isSameAs(original);
  }

  @Test
  void aLocalUserWritingToAColleaguesEmailAddressReachesTheColleagueWithoutFederation() {
    on.outbound.accept(
        stanza(
            "<message from='nomail@im.example.com/a' to='john.doe@example.com' type='chat'>"
                + "<body>hi</body></message>"));
    assertThat(on.federation.stanzas).isEmpty();
    assertThat(on.router.only().to()).contains(Jid.parse("jdoe@im.example.com"));
    assertThat(on.router.only().from())
        .isEqualTo(Optional.of(Jid.parse("nomail@im.example.com/a")));
  }
}
