package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.NURSE;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.codes;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.item;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XEP-0045 §8 (moderator), §9 (admin), §10.3 to §10.8 (owner): roles and affiliations. */
class AdminTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void romeoOwnsTheGardenAndJulietIsIn() {
    muc.instantRoom();
    muc.join(JULIET, "Juliet");
  }

  @Test
  void aModeratorKicksAParticipantWith307() {
    assertThat(
            muc.admin(
                ROMEO, "set", "<item nick='Juliet' role='none'><reason>Go home</reason></item>"))
        .containsExactly(
            xml(
                "<iq from='garden@conference.example.com' to='romeo@example.com/pda' type='result' id='a1'/>"),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet' to='romeo@example.com/pda'
                    type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='juliet@example.com/balcony'>
                      <actor nick='Romeo'/><reason>Go home</reason>
                    </item>
                    <status code='307'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='juliet@example.com/balcony'>
                      <actor nick='Romeo'/><reason>Go home</reason>
                    </item>
                    <status code='110'/><status code='307'/>
                  </x>
                </presence>"""));
    assertThat(error(muc.groupchat(JULIET, "back?").get(0))).isEqualTo("modify/not-acceptable");
  }

  @Test
  void participantsCannotKick() {
    muc.join(NURSE, "Nurse");
    assertThat(error(muc.admin(JULIET, "set", "<item nick='Nurse' role='none'/>").get(0)))
        .isEqualTo("auth/forbidden");
  }

  @Test
  void nobodyKicksAnOwnerOrAnAdminOfEqualStanding() {
    muc.admin(ROMEO, "set", "<item affiliation='admin' jid='juliet@example.com'/>");
    assertThat(error(muc.admin(JULIET, "set", "<item nick='Romeo' role='none'/>").get(0)))
        .isEqualTo("cancel/not-allowed");
    assertThat(error(muc.admin(JULIET, "set", "<item nick='Juliet' role='visitor'/>").get(0)))
        .isEqualTo("cancel/not-allowed");
  }

  @Test
  void kickingSomeoneAbsentIsItemNotFound() {
    assertThat(error(muc.admin(ROMEO, "set", "<item nick='Tybalt' role='none'/>").get(0)))
        .isEqualTo("cancel/item-not-found");
  }

  @Test
  void voiceIsRevokedAndGranted() {
    List<Element> revoked = muc.admin(ROMEO, "set", "<item nick='Juliet' role='visitor'/>");
    assertThat(revoked).hasSize(3);
    assertThat(item(revoked.get(1)).attribute("role")).contains("visitor");
    assertThat(codes(revoked.get(2))).containsExactly(110);
    assertThat(error(muc.groupchat(JULIET, "hm").get(0))).isEqualTo("auth/forbidden");
    muc.admin(ROMEO, "set", "<item nick='Juliet' role='participant'/>");
    assertThat(muc.groupchat(JULIET, "thanks")).hasSize(2);
  }

  @Test
  void onlyAdminsGrantModerator() {
    muc.join(NURSE, "Nurse");
    assertThat(muc.admin(ROMEO, "set", "<item nick='Juliet' role='moderator'/>")).hasSize(4);
    assertThat(error(muc.admin(JULIET, "set", "<item nick='Nurse' role='moderator'/>").get(0)))
        .isEqualTo("auth/forbidden");
  }

  @Test
  void moderatorsReadRoleLists() {
    assertThat(muc.admin(ROMEO, "get", "<item role='participant'/>"))
        .containsExactly(
            xml(
                """
                <iq from='garden@conference.example.com' to='romeo@example.com/pda'
                    type='result' id='a1'>
                  <query xmlns='http://jabber.org/protocol/muc#admin'>
                    <item affiliation='none' nick='Juliet' role='participant'
                        jid='juliet@example.com/balcony'/>
                  </query>
                </iq>"""));
    assertThat(error(muc.admin(JULIET, "get", "<item role='moderator'/>").get(0)))
        .isEqualTo("auth/forbidden");
  }

  @Test
  void aBanRemovesWith301AndKeepsTheUserOut() {
    List<Element> out =
        muc.admin(ROMEO, "set", "<item affiliation='outcast' jid='juliet@example.com'/>");
    assertThat(out).hasSize(3);
    assertThat(codes(out.get(2))).containsExactly(110, 301);
    assertThat(item(out.get(2)).attribute("affiliation")).contains("outcast");
    assertThat(error(muc.join(JULIET, "Juliet").get(0))).isEqualTo("auth/forbidden");
    assertThat(muc.admin(ROMEO, "get", "<item affiliation='outcast'/>"))
        .containsExactly(
            xml(
                """
                <iq from='garden@conference.example.com' to='romeo@example.com/pda'
                    type='result' id='a1'>
                  <query xmlns='http://jabber.org/protocol/muc#admin'>
                    <item affiliation='outcast' jid='juliet@example.com'/>
                  </query>
                </iq>"""));
  }

  @Test
  void membershipIsGrantedListedAndRevokedWith321InAMembersOnlyRoom() {
    muc.admin(ROMEO, "set", "<item affiliation='member' jid='juliet@example.com'/>");
    muc.submitConfig(ROMEO, field("muc#roomconfig_membersonly", "1"));
    assertThat(muc.admin(JULIET, "get", "<item affiliation='member'/>").get(0).attribute("type"))
        .contains("result");
    List<Element> revoked =
        muc.admin(ROMEO, "set", "<item affiliation='none' jid='juliet@example.com'/>");
    assertThat(codes(revoked.get(2))).containsExactly(110, 321);
  }

  @Test
  void aRoomBecomingMembersOnlyRemovesNonMembersWith322() {
    List<Element> out = muc.submitConfig(ROMEO, field("muc#roomconfig_membersonly", "1"));
    assertThat(out)
        .extracting(e -> codes(e))
        .containsExactly(List.of(), List.of(104), List.of(104), List.of(322), List.of(110, 322));
  }

  @Test
  void adminsCannotTouchAdminsOrOwnersNorGrantAdmin() {
    muc.admin(ROMEO, "set", "<item affiliation='admin' jid='juliet@example.com'/>");
    assertThat(
            error(
                muc.admin(JULIET, "set", "<item affiliation='outcast' jid='romeo@example.com'/>")
                    .get(0)))
        .isEqualTo("cancel/not-allowed");
    assertThat(
            error(
                muc.admin(JULIET, "set", "<item affiliation='admin' jid='nurse@example.com'/>")
                    .get(0)))
        .isEqualTo("auth/forbidden");
    assertThat(error(muc.admin(JULIET, "get", "<item affiliation='owner'/>").get(0)))
        .isEqualTo("auth/forbidden");
    assertThat(error(muc.admin(NURSE, "get", "<item affiliation='outcast'/>").get(0)))
        .isEqualTo("auth/forbidden");
  }

  @Test
  void ownersGrantOwnershipButTheLastOwnerCannotLeaveIt() {
    assertThat(
            error(
                muc.admin(ROMEO, "set", "<item affiliation='member' jid='romeo@example.com'/>")
                    .get(0)))
        .isEqualTo("cancel/conflict");
    List<Element> granted =
        muc.admin(ROMEO, "set", "<item affiliation='owner' jid='juliet@example.com'/>");
    assertThat(item(granted.get(2)).attribute("affiliation")).contains("owner");
    assertThat(item(granted.get(2)).attribute("role")).contains("moderator");
    assertThat(
            muc.admin(ROMEO, "set", "<item affiliation='none' jid='romeo@example.com'/>")
                .get(0)
                .attribute("type"))
        .contains("result");
  }

  @Test
  void ownerListsAreAlsoServedOverMucOwner() {
    assertThat(
            muc.send(
                "<iq from='"
                    + ROMEO
                    + "' to='"
                    + Muc.ROOM
                    + "' type='get' id='o'><query xmlns='"
                    + Muc.MUC
                    + "#owner'><item affiliation='owner'/></query></iq>"))
        .containsExactly(
            xml(
                """
                <iq from='garden@conference.example.com' to='romeo@example.com/pda'
                    type='result' id='o'>
                  <query xmlns='http://jabber.org/protocol/muc#owner'>
                    <item affiliation='owner' jid='romeo@example.com'/>
                  </query>
                </iq>"""));
  }

  @Test
  void aRequestAppliesWholeOrNotAtAll() {
    muc.join(NURSE, "Nurse");
    List<Element> out =
        muc.admin(
            ROMEO,
            "set",
            "<item nick='Nurse' role='visitor'/><item affiliation='bogus' jid='x@example.com'/>");
    assertThat(error(out.get(0))).isEqualTo("modify/bad-request");
    assertThat(muc.groupchat(NURSE, "still a participant")).hasSize(3);
  }
}
