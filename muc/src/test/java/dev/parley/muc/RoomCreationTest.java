package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.codes;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0045 §10.1: reserved and instant rooms, the lock, the initial configuration. */
class RoomCreationTest {
  private final Muc muc = new Muc();

  @Test
  void firstPresenceCreatesALockedRoomOwnedByTheSenderWithStatus201() {
    assertThat(muc.join(ROMEO, "Romeo"))
        .containsExactly(
            xml(
                """
                <presence from='garden@conference.example.com/Romeo' to='romeo@example.com/pda'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='owner' role='moderator' jid='romeo@example.com/pda'/>
                    <status code='110'/><status code='201'/>
                  </x>
                </presence>"""),
            xml(
                """
                <message from='garden@conference.example.com' to='romeo@example.com/pda'
                    type='groupchat'><subject/></message>"""));
    assertThat(muc.service.rooms()).extracting(Object::toString).containsExactly(ROOM);
  }

  @Test
  void aLockedRoomRefusesOthersWithItemNotFoundUntilConfigured() {
    muc.join(ROMEO, "Romeo");
    List<Element> refused = muc.join(JULIET, "Juliet");
    assertThat(refused).hasSize(1);
    assertThat(error(refused.get(0))).isEqualTo("cancel/item-not-found");
    assertThat(refused.get(0).attribute("from")).contains(ROOM + "/Juliet");
    assertThat(refused.get(0).attribute("to")).contains(JULIET);
    // Not listed while locked (§10.1.1).
    assertThat(
            muc.send(
                "<iq from='"
                    + JULIET
                    + "' to='conference.example.com' type='get' id='i'>"
                    + "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"))
        .containsExactly(
            xml(
                """
                <iq from='conference.example.com' to='juliet@example.com/balcony' type='result'
                    id='i'><query xmlns='http://jabber.org/protocol/disco#items'/></iq>"""));
  }

  @Test
  void theOwnerGetsTheConfigurationFormAndSubmittingItUnlocksTheRoom() {
    muc.join(ROMEO, "Romeo");
    List<Element> form =
        muc.send(
            "<iq from='"
                + ROMEO
                + "' to='"
                + ROOM
                + "' type='get' id='c1'>"
                + "<query xmlns='http://jabber.org/protocol/muc#owner'/></iq>");
    assertThat(form).hasSize(1);
    Element x =
        form.get(0)
            .child("query", "http://jabber.org/protocol/muc#owner")
            .flatMap(q -> q.child("x", "jabber:x:data"))
            .orElseThrow();
    assertThat(DataForms.values(x))
        .containsEntry("FORM_TYPE", List.of("http://jabber.org/protocol/muc#roomconfig"))
        .containsEntry("muc#roomconfig_publicroom", List.of("1"))
        .containsEntry("muc#roomconfig_persistentroom", List.of("0"))
        .containsEntry("muc#roomconfig_whois", List.of("moderators"))
        .containsKeys(
            "muc#roomconfig_roomname",
            "muc#roomconfig_roomdesc",
            "muc#roomconfig_membersonly",
            "muc#roomconfig_moderatedroom",
            "muc#roomconfig_passwordprotectedroom",
            "muc#roomconfig_roomsecret",
            "muc#roomconfig_maxusers",
            "muc#roomconfig_changesubject",
            "muc#roomconfig_allowinvites",
            "muc#roomconfig_allowpm",
            "muc#roomconfig_getmemberlist",
            "muc#roomconfig_presencebroadcast",
            "muc#maxhistoryfetch");

    assertThat(muc.submitConfig(ROMEO, field("muc#roomconfig_roomname", "The Garden")))
        .containsExactly(
            xml("<iq from='" + ROOM + "' to='" + ROMEO + "' type='result' id='cfg'/>"));
    List<Element> joined = muc.join(JULIET, "Juliet");
    assertThat(joined).hasSize(4); // Romeo's presence, Romeo told, Juliet's self-presence, subject
    assertThat(codes(joined.get(2))).containsExactly(110);
  }

  @Test
  void anEmptySubmitCreatesAnInstantRoom() {
    muc.join(ROMEO, "Romeo");
    assertThat(muc.submitConfig(ROMEO, "")).hasSize(1);
    assertThat(muc.join(JULIET, "Juliet")).hasSize(4);
  }

  @Test
  void aCreatorWithoutMucSupportGetsAnInstantRoom() {
    List<Element> created = muc.send("<presence from='" + ROMEO + "' to='" + ROOM + "/Romeo'/>");
    assertThat(codes(created.get(0))).containsExactly(110, 201);
    assertThat(muc.join(JULIET, "Juliet")).hasSize(4);
  }

  @Test
  void cancellingTheInitialConfigurationDestroysTheRoom() {
    muc.join(ROMEO, "Romeo");
    List<Element> out =
        muc.send(
            "<iq from='"
                + ROMEO
                + "' to='"
                + ROOM
                + "' type='set' id='c'><query xmlns='"
                + Muc.MUC
                + "#owner'><x xmlns='jabber:x:data' type='cancel'/></query></iq>");
    assertThat(out.get(0).attribute("type")).contains("result");
    assertThat(out.get(1).attribute("type")).contains("unavailable");
    assertThat(muc.service.rooms()).isEmpty();
  }

  @Test
  void onlyOwnersConfigure() {
    muc.instantRoom();
    muc.join(JULIET, "Juliet");
    List<Element> refused =
        muc.send(
            "<iq from='"
                + JULIET
                + "' to='"
                + ROOM
                + "' type='get' id='c1'>"
                + "<query xmlns='http://jabber.org/protocol/muc#owner'/></iq>");
    assertThat(error(refused.get(0))).isEqualTo("auth/forbidden");
    assertThat(error(muc.submitConfig(JULIET, "").get(0))).isEqualTo("auth/forbidden");
  }

  @Test
  void invalidConfigurationValuesAreNotAcceptable() {
    muc.instantRoom();
    assertThat(error(muc.submitConfig(ROMEO, field("muc#roomconfig_whois", "everybody")).get(0)))
        .isEqualTo("modify/not-acceptable");
    assertThat(
            error(
                muc.submitConfig(ROMEO, field("muc#roomconfig_passwordprotectedroom", "1")).get(0)))
        .isEqualTo("modify/not-acceptable");
    assertThat(error(muc.submitConfig(ROMEO, field("muc#roomconfig_maxusers", "100000")).get(0)))
        .isEqualTo("modify/not-acceptable");
    assertThat(error(muc.submitConfig(ROMEO, field("muc#maxhistoryfetch", "51")).get(0)))
        .isEqualTo("modify/not-acceptable");
  }
}
