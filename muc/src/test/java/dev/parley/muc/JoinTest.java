package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.MERCUTIO;
import static dev.parley.muc.Muc.NURSE;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.codes;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.item;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0045 §7.2: entering a room, presence exchange by anonymity, and every refusal. */
class JoinTest {
  private final Muc muc = new Muc();

  @Test
  void inASemiAnonymousRoomOnlyModeratorsSeeRealJids() {
    muc.instantRoom();
    assertThat(
            muc.send(
                "<presence from='"
                    + JULIET
                    + "' to='"
                    + ROOM
                    + "/Juliet'><show>away</show>"
                    + "<x xmlns='http://jabber.org/protocol/muc'/></presence>"))
        .containsExactly(
            xml(
                """
                <presence from='garden@conference.example.com/Romeo'
                    to='juliet@example.com/balcony'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='owner' role='moderator'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet' to='romeo@example.com/pda'>
                  <show>away</show>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='participant' jid='juliet@example.com/balcony'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony'>
                  <show>away</show>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='participant' jid='juliet@example.com/balcony'/>
                    <status code='110'/>
                  </x>
                </presence>"""),
            xml(
                """
                <message from='garden@conference.example.com' to='juliet@example.com/balcony'
                    type='groupchat'><subject/></message>"""));
  }

  @Test
  void inANonAnonymousRoomEveryoneSeesRealJidsAndTheNewcomerGets100() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_whois", "anyone"));
    List<Element> joined = muc.join(MERCUTIO, "Mercutio");
    assertThat(item(joined.get(0)).attribute("jid")).contains(ROMEO);
    assertThat(codes(joined.get(2))).containsExactly(100, 110);
  }

  @Test
  void realJidsArePresentedThroughTheView() {
    Muc viewed =
        new Muc(
            MucSettings.defaults(),
            new InMemoryRoomStore(),
            (real, viewer) ->
                viewer.domain().equals("remote.example") && real.domain().equals("example.com")
                    ? dev.parley.protocol.Jid.parse("romeo.montague@mail.example.com/pda")
                    : real);
    viewed.instantRoom();
    viewed.submitConfig(ROMEO, field("muc#roomconfig_whois", "anyone"));
    List<Element> joined = viewed.join(MERCUTIO, "Mercutio");
    assertThat(item(joined.get(0)).attribute("jid"))
        .contains("romeo.montague@mail.example.com/pda");
    assertThat(item(joined.get(1)).attribute("jid")).contains(MERCUTIO);
  }

  @Test
  void aPasswordProtectedRoomWantsThePassword() {
    muc.instantRoom();
    muc.submitConfig(
        ROMEO,
        field("muc#roomconfig_passwordprotectedroom", "1")
            + field("muc#roomconfig_roomsecret", "cauldronburn"));
    assertThat(error(muc.join(JULIET, "Juliet").get(0))).isEqualTo("auth/not-authorized");
    assertThat(error(muc.join(JULIET, "Juliet", "<password>wrong</password>").get(0)))
        .isEqualTo("auth/not-authorized");
    assertThat(muc.join(JULIET, "Juliet", "<password>cauldronburn</password>")).hasSize(4);
  }

  @Test
  void theRefusalKeepsThePayloadAndComesFromTheRequestedRoomJid() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_membersonly", "1"));
    assertThat(muc.join(JULIET, "Juliet"))
        .containsExactly(
            xml(
                """
                <presence from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony' type='error'>
                  <x xmlns='http://jabber.org/protocol/muc'/>
                  <error type='auth'>
                    <registration-required xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                    <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>room is members-only</text>
                  </error>
                </presence>"""));
  }

  @Test
  void membersEnterAMembersOnlyRoom() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_membersonly", "1"));
    muc.admin(ROMEO, "set", "<item affiliation='member' jid='juliet@example.com'/>");
    List<Element> joined = muc.join(JULIET, "Juliet");
    assertThat(item(joined.get(2)).attribute("affiliation")).contains("member");
  }

  @Test
  void bannedUsersAreForbidden() {
    muc.instantRoom();
    muc.admin(ROMEO, "set", "<item affiliation='outcast' jid='juliet@example.com'/>");
    assertThat(error(muc.join(JULIET, "Juliet").get(0))).isEqualTo("auth/forbidden");
  }

  @Test
  void aNicknameInUseIsAConflict() {
    muc.instantRoom();
    assertThat(error(muc.join(JULIET, "Romeo").get(0))).isEqualTo("cancel/conflict");
  }

  @Test
  void aFullRoomAnswersServiceUnavailableOfTypeWait() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_maxusers", "2"));
    muc.join(JULIET, "Juliet");
    assertThat(error(muc.join(NURSE, "Nurse").get(0))).isEqualTo("wait/service-unavailable");
  }

  @Test
  void ownersAndAdminsEnterAFullRoom() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_maxusers", "1"));
    muc.admin(ROMEO, "set", "<item affiliation='admin' jid='nurse@example.com'/>");
    assertThat(muc.join(NURSE, "Nurse")).hasSize(4);
  }

  @Test
  void aPresenceWithoutNicknameIsJidMalformed() {
    muc.instantRoom();
    List<Element> out =
        muc.send(
            "<presence from='"
                + JULIET
                + "' to='"
                + ROOM
                + "'><x xmlns='"
                + Muc.MUC
                + "'/></presence>");
    assertThat(error(out.get(0))).isEqualTo("modify/jid-malformed");
    List<Element> noRoom =
        muc.send("<presence from='" + JULIET + "' to='other@conference.example.com'/>");
    assertThat(error(noRoom.get(0))).isEqualTo("modify/jid-malformed");
  }

  @Test
  void inAModeratedRoomUnaffiliatedUsersAreVisitors() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_moderatedroom", "1"));
    List<Element> joined = muc.join(JULIET, "Juliet");
    assertThat(item(joined.get(2)).attribute("role")).contains("visitor");
  }

  @Test
  void presenceIsNotBroadcastForRolesOutsidePresenceBroadcast() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_presencebroadcast", "moderator"));
    List<Element> joined = muc.join(JULIET, "Juliet");
    // Juliet sees Romeo (a moderator); Romeo is not told about Juliet (a participant).
    assertThat(joined)
        .extracting(e -> e.attribute("to").orElseThrow())
        .containsExactly(JULIET, JULIET, JULIET);
  }

  @Test
  void aRoomWithLoggingAnnouncesIt() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_enablelogging", "1"));
    assertThat(codes(muc.join(JULIET, "Juliet").get(2))).containsExactly(110, 170);
  }
}
