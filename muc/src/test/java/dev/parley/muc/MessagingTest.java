package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.NURSE;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XEP-0045 §7.4 (groupchat), §7.5 (private messages), §8.1 (subject). */
class MessagingTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void romeoAndJulietInTheGarden() {
    muc.instantRoom();
    muc.join(JULIET, "Juliet");
  }

  @Test
  void aGroupchatMessageIsReflectedToEveryOccupantFromTheSendersRoomJid() {
    assertThat(muc.groupchat(JULIET, "Wherefore art thou?"))
        .containsExactly(
            xml(
                """
                <message from='garden@conference.example.com/Juliet' to='romeo@example.com/pda'
                    type='groupchat' id='m1'><body>Wherefore art thou?</body></message>"""),
            xml(
                """
                <message from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony' type='groupchat' id='m1'>
                  <body>Wherefore art thou?</body>
                </message>"""));
  }

  @Test
  void nonOccupantsCannotSendToTheRoom() {
    assertThat(error(muc.groupchat(NURSE, "Madam!").get(0))).isEqualTo("modify/not-acceptable");
  }

  @Test
  void visitorsHaveNoVoiceInAModeratedRoom() {
    muc.submitConfig(ROMEO, field("muc#roomconfig_moderatedroom", "1"));
    muc.join(NURSE, "Nurse");
    assertThat(error(muc.groupchat(NURSE, "Madam!").get(0))).isEqualTo("auth/forbidden");
  }

  @Test
  void tooLargeMessagesAreNotAcceptable() {
    Muc small = new Muc(new MucSettings("Chat", true, 10, 5, 5, 256, 10));
    small.instantRoom();
    assertThat(error(small.groupchat(ROMEO, "x".repeat(300)).get(0)))
        .isEqualTo("modify/not-acceptable");
  }

  @Test
  void moderatorsChangeTheSubjectAndParticipantsOnlyWhenAllowed() {
    String subject =
        "<message from='%s' to='" + ROOM + "' type='groupchat'><subject>%s</subject></message>";
    assertThat(error(muc.send(subject.formatted(JULIET, "Love")).get(0)))
        .isEqualTo("auth/forbidden");
    assertThat(muc.send(subject.formatted(ROMEO, "Feud")))
        .containsExactly(
            xml(
                """
                <message from='garden@conference.example.com/Romeo' to='romeo@example.com/pda'
                    type='groupchat'><subject>Feud</subject></message>"""),
            xml(
                """
                <message from='garden@conference.example.com/Romeo'
                    to='juliet@example.com/balcony' type='groupchat'>
                  <subject>Feud</subject>
                </message>"""));
    muc.submitConfig(ROMEO, field("muc#roomconfig_changesubject", "1"));
    assertThat(muc.send(subject.formatted(JULIET, "Love"))).hasSize(2);
  }

  @Test
  void aPrivateMessageGoesToTheOccupantsRealJidMarkedWithMucUser() {
    assertThat(
            muc.send(
                "<message from='"
                    + JULIET
                    + "' to='"
                    + ROOM
                    + "/Romeo' type='chat' id='p1'>"
                    + "<body>Hi</body></message>"))
        .containsExactly(
            xml(
                """
                <message from='garden@conference.example.com/Juliet' to='romeo@example.com/pda'
                    type='chat' id='p1'>
                  <body>Hi</body><x xmlns='http://jabber.org/protocol/muc#user'/>
                </message>"""));
  }

  @Test
  void privateMessageErrors() {
    String pm = "<message from='%s' to='" + ROOM + "/%s' type='%s'><body>Hi</body></message>";
    assertThat(error(muc.send(pm.formatted(NURSE, "Romeo", "chat")).get(0)))
        .isEqualTo("modify/not-acceptable");
    assertThat(error(muc.send(pm.formatted(JULIET, "Tybalt", "chat")).get(0)))
        .isEqualTo("cancel/item-not-found");
    assertThat(error(muc.send(pm.formatted(JULIET, "Romeo", "groupchat")).get(0)))
        .isEqualTo("modify/bad-request");
    muc.submitConfig(ROMEO, field("muc#roomconfig_allowpm", "none"));
    assertThat(error(muc.send(pm.formatted(JULIET, "Romeo", "chat")).get(0)))
        .isEqualTo("cancel/not-allowed");
    muc.submitConfig(ROMEO, field("muc#roomconfig_allowpm", "moderators"));
    assertThat(error(muc.send(pm.formatted(JULIET, "Romeo", "chat")).get(0)))
        .isEqualTo("cancel/not-allowed");
    assertThat(muc.send(pm.formatted(ROMEO, "Juliet", "chat"))).hasSize(1);
  }

  @Test
  void aNormalMessageWithoutInvitationIsABadRequest() {
    assertThat(
            error(
                muc.send(
                        "<message from='" + JULIET + "' to='" + ROOM + "'><body>x</body></message>")
                    .get(0)))
        .isEqualTo("modify/bad-request");
  }

  @Test
  void aChangeOfShowIsBroadcast() {
    List<Element> out =
        muc.send(
            "<presence from='" + JULIET + "' to='" + ROOM + "/Juliet'><show>dnd</show></presence>");
    assertThat(out).hasSize(2);
    assertThat(out.get(0).childText("show", "jabber:client")).contains("dnd");
    assertThat(Muc.codes(out.get(1))).containsExactly(110);
  }

  @Test
  void leavingIsBroadcastWithTheStatusText() {
    assertThat(
            muc.send(
                "<presence from='"
                    + JULIET
                    + "' to='"
                    + ROOM
                    + "/Juliet' type='unavailable'>"
                    + "<status>Good night</status></presence>"))
        .containsExactly(
            xml(
                """
                <presence from='garden@conference.example.com/Juliet' to='romeo@example.com/pda'
                    type='unavailable'>
                  <status>Good night</status>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='juliet@example.com/balcony'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony' type='unavailable'>
                  <status>Good night</status>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='juliet@example.com/balcony'/>
                    <status code='110'/>
                  </x>
                </presence>"""));
  }

  @Test
  void aTemporaryRoomEndsWithItsLastOccupant() {
    muc.send("<presence from='" + JULIET + "' to='" + ROOM + "/Juliet' type='unavailable'/>");
    muc.send("<presence from='" + ROMEO + "' to='" + ROOM + "/Romeo' type='unavailable'/>");
    assertThat(muc.service.rooms()).isEmpty();
    assertThat(error(muc.groupchat(ROMEO, "anyone?").get(0))).isEqualTo("cancel/item-not-found");
  }

  @Test
  void aNickChangeIsUnavailableWith303ThenAvailable() {
    assertThat(muc.send("<presence from='" + JULIET + "' to='" + ROOM + "/Capulet'/>"))
        .containsExactly(
            xml(
                """
                <presence from='garden@conference.example.com/Juliet' to='romeo@example.com/pda'
                    type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='participant' jid='juliet@example.com/balcony'
                        nick='Capulet'/>
                    <status code='303'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='participant' jid='juliet@example.com/balcony'
                        nick='Capulet'/>
                    <status code='110'/><status code='303'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Capulet' to='romeo@example.com/pda'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='participant' jid='juliet@example.com/balcony'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Capulet'
                    to='juliet@example.com/balcony'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='participant' jid='juliet@example.com/balcony'/>
                    <status code='110'/>
                  </x>
                </presence>"""));
    assertThat(muc.groupchat(JULIET, "now Capulet").get(0).attribute("from"))
        .contains(ROOM + "/Capulet");
  }

  @Test
  void aNickChangeToATakenNicknameIsAConflict() {
    List<Element> out = muc.send("<presence from='" + JULIET + "' to='" + ROOM + "/Romeo'/>");
    assertThat(error(out.get(0))).isEqualTo("cancel/conflict");
    assertThat(out.get(0).attribute("from")).contains(ROOM + "/Romeo");
  }
}
