package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The service's own address, limits, and stanzas nobody handles: answered, never dropped. */
class ServiceTest {
  private final Muc muc = new Muc();

  @Test
  void theServiceIsAConferenceServiceInDiscoInfo() {
    assertThat(
            muc.send(
                "<iq from='"
                    + ROMEO
                    + "' to='conference.example.com' type='get' id='i'>"
                    + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .containsExactly(
            xml(
                """
                <iq from='conference.example.com' to='romeo@example.com/pda' type='result' id='i'>
                  <query xmlns='http://jabber.org/protocol/disco#info'>
                    <identity category='conference' type='text' name='Chatrooms'/>
                    <feature var='http://jabber.org/protocol/disco#info'/>
                    <feature var='http://jabber.org/protocol/disco#items'/>
                    <feature var='http://jabber.org/protocol/muc'/>
                    <feature var='urn:xmpp:ping'/>
                  </query>
                </iq>"""));
  }

  @Test
  void unknownRequestsAndMessagesToTheServiceAreServiceUnavailable() {
    assertThat(
            error(
                muc.send(
                        "<iq from='"
                            + ROMEO
                            + "' to='conference.example.com' type='get' id='v'>"
                            + "<query xmlns='jabber:iq:version'/></iq>")
                    .get(0)))
        .isEqualTo("cancel/service-unavailable");
    assertThat(
            error(
                muc.send(
                        "<message from='"
                            + ROMEO
                            + "' to='conference.example.com'><body>x</body>"
                            + "</message>")
                    .get(0)))
        .isEqualTo("cancel/service-unavailable");
    assertThat(
            muc.send(
                    "<iq from='"
                        + ROMEO
                        + "' to='conference.example.com' type='get' id='p'>"
                        + "<ping xmlns='urn:xmpp:ping'/></iq>")
                .get(0)
                .attribute("type"))
        .contains("result");
  }

  @Test
  void errorsAreNeverAnsweredWithErrors() {
    assertThat(muc.send("<message from='" + ROMEO + "' to='conference.example.com' type='error'/>"))
        .isEmpty();
    assertThat(muc.send("<message from='" + ROMEO + "' to='" + ROOM + "' type='error'/>"))
        .isEmpty();
    assertThat(muc.send("<iq from='" + ROMEO + "' to='" + ROOM + "' type='error' id='e'/>"))
        .isEmpty();
  }

  @Test
  void stanzasToRoomsThatDoNotExistAreItemNotFound() {
    assertThat(error(muc.groupchat(ROMEO, "hello?").get(0))).isEqualTo("cancel/item-not-found");
    assertThat(
            error(
                muc.send(
                        "<iq from='"
                            + ROMEO
                            + "' to='"
                            + ROOM
                            + "' type='get' id='i'><query xmlns="
                            + "'http://jabber.org/protocol/disco#info'/></iq>")
                    .get(0)))
        .isEqualTo("cancel/item-not-found");
    assertThat(muc.send("<presence from='" + ROMEO + "' to='" + ROOM + "/R' type='unavailable'/>"))
        .isEmpty();
  }

  @Test
  void unknownRoomRequestsAreServiceUnavailable() {
    muc.instantRoom();
    assertThat(
            error(
                muc.send(
                        "<iq from='"
                            + ROMEO
                            + "' to='"
                            + ROOM
                            + "' type='get' id='v'>"
                            + "<vCard xmlns='vcard-temp'/></iq>")
                    .get(0)))
        .isEqualTo("cancel/service-unavailable");
    assertThat(
            error(
                muc.send("<presence from='" + JULIET + "' to='" + ROOM + "/J' type='subscribe'/>")
                    .get(0)))
        .isEqualTo("cancel/service-unavailable");
  }

  @Test
  void aUserCreatesAtMostMaxRoomsPerUser() {
    Muc limited = new Muc(new MucSettings("Chat", true, 10, 5, 1, 1024, 2));
    limited.join(ROMEO, "Romeo");
    assertThat(
            error(
                limited
                    .send("<presence from='" + ROMEO + "' to='orchard@conference.example.com/R'/>")
                    .get(0)))
        .isEqualTo("cancel/not-allowed");
    limited.send("<presence from='" + JULIET + "' to='tomb@conference.example.com/J'/>");
    assertThat(
            error(
                limited
                    .send("<presence from='nurse@example.com/k' to='x@conference.example.com/N'/>")
                    .get(0)))
        .isEqualTo("wait/resource-constraint");
  }

  @Test
  void hiddenIsTheDefaultWhenTheAliasSaysSo() {
    Muc hidden = new Muc(MucSettings.defaults().withRoomsPublicByDefault(false));
    hidden.instantRoom();
    assertThat(
            hidden
                .send(
                    "<iq from='"
                        + JULIET
                        + "' to='conference.example.com' type='get' id='i'>"
                        + "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>")
                .get(0)
                .elements()
                .get(0)
                .elements())
        .isEmpty();
  }

  @Test
  void settingsAreValidated() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new MucSettings("Chat", true, 0, 5, 1, 1024, 2))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new MucSettings(" ", true, 1, 5, 1, 1024, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
