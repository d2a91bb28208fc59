package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.MERCUTIO;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.codes;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Occupants whose server is elsewhere, occupants that cannot be reached (status 333), IQs between
 * occupants and self-ping (XEP-0410), and the service shutting down (332).
 */
class FederatedOccupantsTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void romeoAndMercutioInTheGarden() {
    muc.instantRoom();
    muc.join(MERCUTIO, "Mercutio");
  }

  @Test
  void whenARemoteServerGoesItsOccupantsLeaveWith333() {
    muc.router.take();
    muc.service.remoteDomainGone(DomainJid.of("remote.example"));
    assertThat(muc.router.take())
        .extracting(s -> s.element())
        .containsExactly(
            xml(
                """
                <presence from='garden@conference.example.com/Mercutio' to='romeo@example.com/pda'
                    type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='mercutio@remote.example/home'/>
                    <status code='333'/>
                  </x>
                </presence>"""));
    assertThat(error(muc.groupchat(MERCUTIO, "still here?").get(0)))
        .isEqualTo("modify/not-acceptable");
  }

  @Test
  void aStreamCloseIsCheckedWithAPingAndOnlyAnUndeliverablePingRemovesTheOccupant() {
    muc.router.take();
    muc.service.checkRemote(DomainJid.of("remote.example"));
    List<Element> pings = muc.router.take().stream().map(s -> s.element()).toList();
    assertThat(pings).hasSize(1);
    Element ping = pings.get(0);
    assertThat(ping.attribute("to")).contains(MERCUTIO);
    assertThat(ping.attribute("from")).contains(ROOM);
    assertThat(ping.child("ping", "urn:xmpp:ping")).isPresent();
    String id = ping.attribute("id").orElseThrow();

    // A client without ping support answers service-unavailable: it is still there.
    assertThat(
            muc.send(
                "<iq from='"
                    + MERCUTIO
                    + "' to='"
                    + ROOM
                    + "' type='error' id='"
                    + id
                    + "'><error type='cancel'><service-unavailable"
                    + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"))
        .isEmpty();
    // Its server gone, the ping bounces: the occupant leaves with 333.
    List<Element> out =
        muc.send(
            "<iq from='"
                + MERCUTIO
                + "' to='"
                + ROOM
                + "' type='error' id='"
                + id
                + "'><error type='cancel'><remote-server-not-found"
                + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    assertThat(out).hasSize(1);
    assertThat(codes(out.get(0))).contains(333);
  }

  @Test
  void aBouncedMessageRemovesTheGhost() {
    List<Element> out =
        muc.send(
            "<message from='"
                + MERCUTIO
                + "' to='"
                + ROOM
                + "/Romeo' type='error'>"
                + "<error type='cancel'><remote-server-not-found xmlns="
                + "'urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    assertThat(out).hasSize(1);
    assertThat(codes(out.get(0))).containsExactly(333);
    assertThat(muc.send("<presence from='" + ROMEO + "' to='" + ROOM + "/Romeo' type='error'/>"))
        .isEmpty(); // the last occupant is gone too; the temporary room with it
    assertThat(muc.service.rooms()).isEmpty();
  }

  @Test
  void selfPingIsAnsweredForOccupantsOnly() {
    String ping =
        "<iq from='%s' to='" + ROOM + "/%s' type='get' id='sp'><ping xmlns='urn:xmpp:ping'/></iq>";
    assertThat(muc.send(ping.formatted(MERCUTIO, "Mercutio")))
        .containsExactly(
            xml(
                "<iq from='garden@conference.example.com/Mercutio' to='mercutio@remote.example/home' type='result' id='sp'/>"));
    assertThat(error(muc.send(ping.formatted(JULIET, "Juliet")).get(0)))
        .isEqualTo("modify/not-acceptable");
  }

  @Test
  void iqsBetweenOccupantsAreForwardedBothWays() {
    assertThat(
            muc.send(
                "<iq from='"
                    + MERCUTIO
                    + "' to='"
                    + ROOM
                    + "/Romeo' type='get' id='v1'>"
                    + "<query xmlns='jabber:iq:version'/></iq>"))
        .containsExactly(
            xml(
                """
                <iq from='garden@conference.example.com/Mercutio' to='romeo@example.com/pda'
                    type='get' id='v1'><query xmlns='jabber:iq:version'/></iq>"""));
    assertThat(
            muc.send(
                "<iq from='"
                    + ROMEO
                    + "' to='"
                    + ROOM
                    + "/Mercutio' type='result' id='v1'>"
                    + "<query xmlns='jabber:iq:version'><name>x</name></query></iq>"))
        .containsExactly(
            xml(
                """
                <iq from='garden@conference.example.com/Romeo' to='mercutio@remote.example/home'
                    type='result' id='v1'>
                  <query xmlns='jabber:iq:version'><name>x</name></query>
                </iq>"""));
  }

  @Test
  void shuttingDownRemovesEveryoneWith332() {
    muc.router.take();
    muc.service.shutdown();
    assertThat(muc.router.take())
        .extracting(s -> codes(s.element()))
        .containsExactly(List.of(110, 332), List.of(110, 332));
    assertThat(muc.service.rooms()).isEmpty();
  }
}
