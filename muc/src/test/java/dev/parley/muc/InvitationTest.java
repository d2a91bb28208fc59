package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.MERCUTIO;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XEP-0045 §7.8.2 (mediated invitations) and §7.8.3 (declines). */
class InvitationTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void romeoOwnsTheGardenAndJulietIsIn() {
    muc.instantRoom();
    muc.join(JULIET, "Juliet");
  }

  private String invite(String from, String to) {
    return "<message from='"
        + from
        + "' to='"
        + ROOM
        + "'><x xmlns='"
        + Muc.USER
        + "'>"
        + "<invite to='"
        + to
        + "'><reason>Join us</reason></invite></x></message>";
  }

  @Test
  void theRoomRelaysAnInvitationFromItsOwnAddress() {
    muc.submitConfig(
        ROMEO,
        field("muc#roomconfig_passwordprotectedroom", "1")
            + field("muc#roomconfig_roomsecret", "cauldron"));
    assertThat(muc.send(invite(ROMEO, "mercutio@remote.example")))
        .containsExactly(
            xml(
                """
                <message from='garden@conference.example.com' to='mercutio@remote.example'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <invite from='romeo@example.com/pda'><reason>Join us</reason></invite>
                    <password>cauldron</password>
                  </x>
                </message>"""));
  }

  @Test
  void aDeclineGoesBackToTheInviterFromTheRoom() {
    assertThat(
            muc.send(
                "<message from='"
                    + MERCUTIO
                    + "' to='"
                    + ROOM
                    + "'><x xmlns='"
                    + Muc.USER
                    + "'>"
                    + "<decline to='romeo@example.com/pda'><reason>Busy</reason></decline>"
                    + "</x></message>"))
        .containsExactly(
            xml(
                """
                <message from='garden@conference.example.com' to='romeo@example.com/pda'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <decline from='mercutio@remote.example/home'><reason>Busy</reason></decline>
                  </x>
                </message>"""));
  }

  @Test
  void participantsInviteOnlyWhenTheRoomAllowsIt() {
    assertThat(error(muc.send(invite(JULIET, "nurse@example.com")).get(0)))
        .isEqualTo("auth/forbidden");
    muc.submitConfig(ROMEO, field("muc#roomconfig_allowinvites", "1"));
    assertThat(muc.send(invite(JULIET, "nurse@example.com"))).hasSize(1);
    assertThat(error(muc.send(invite(MERCUTIO, "nurse@example.com")).get(0)))
        .isEqualTo("modify/not-acceptable");
  }

  @Test
  void anInvitationToAMembersOnlyRoomMakesTheInviteeAMember() {
    muc.submitConfig(ROMEO, field("muc#roomconfig_membersonly", "1"));
    muc.send(invite(ROMEO, "mercutio@remote.example"));
    List<?> joined = muc.join(MERCUTIO, "Mercutio");
    assertThat(joined).hasSize(4);
  }

  @Test
  void anInvitationWithoutAValidAddressIsRefused() {
    assertThat(error(muc.send(invite(ROMEO, "@@")).get(0))).isEqualTo("modify/jid-malformed");
  }
}
