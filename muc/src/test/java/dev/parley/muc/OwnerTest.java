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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XEP-0045 §10.2 (configuration changes) and §10.9 (destroying a room). */
class OwnerTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void romeoOwnsTheGardenAndJulietIsIn() {
    muc.instantRoom();
    muc.join(JULIET, "Juliet");
  }

  @Test
  void destroyingTellsEveryOccupantTheAlternateVenueAndReason() {
    assertThat(
            muc.send(
                "<iq from='"
                    + ROMEO
                    + "' to='"
                    + ROOM
                    + "' type='set' id='d'><query xmlns='"
                    + Muc.MUC
                    + "#owner'><destroy jid='orchard@conference.example.com'>"
                    + "<reason>Moving</reason></destroy></query></iq>"))
        .containsExactly(
            xml(
                "<iq from='garden@conference.example.com' to='romeo@example.com/pda' type='result' id='d'/>"),
            xml(
                """
                <presence from='garden@conference.example.com/Romeo' to='romeo@example.com/pda'
                    type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='romeo@example.com/pda'/>
                    <destroy jid='orchard@conference.example.com'><reason>Moving</reason></destroy>
                    <status code='110'/>
                  </x>
                </presence>"""),
            xml(
                """
                <presence from='garden@conference.example.com/Juliet'
                    to='juliet@example.com/balcony' type='unavailable'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <item affiliation='none' role='none' jid='juliet@example.com/balcony'/>
                    <destroy jid='orchard@conference.example.com'><reason>Moving</reason></destroy>
                    <status code='110'/>
                  </x>
                </presence>"""));
    assertThat(muc.service.rooms()).isEmpty();
  }

  @Test
  void onlyOwnersDestroy() {
    assertThat(
            error(
                muc.send(
                        "<iq from='"
                            + JULIET
                            + "' to='"
                            + ROOM
                            + "' type='set' id='d'><query xmlns='"
                            + Muc.MUC
                            + "#owner'><destroy/></query></iq>")
                    .get(0)))
        .isEqualTo("auth/forbidden");
  }

  @Test
  void aConfigurationChangeIsAnnouncedWith104AndPrivacyCodes() {
    List<Element> out = muc.submitConfig(ROMEO, field("muc#roomconfig_whois", "anyone"));
    assertThat(out.get(1))
        .isEqualTo(
            xml(
                """
                <message from='garden@conference.example.com' to='romeo@example.com/pda'
                    type='groupchat'>
                  <x xmlns='http://jabber.org/protocol/muc#user'>
                    <status code='104'/><status code='172'/>
                  </x>
                </message>"""));
    assertThat(codes(muc.submitConfig(ROMEO, field("muc#roomconfig_whois", "moderators")).get(2)))
        .containsExactly(104, 173);
  }

  @Test
  void aPersistentRoomOutlivesItsOccupantsAndIsStored() {
    muc.submitConfig(ROMEO, field("muc#roomconfig_persistentroom", "1"));
    muc.send("<presence from='" + JULIET + "' to='" + ROOM + "/Juliet' type='unavailable'/>");
    muc.send("<presence from='" + ROMEO + "' to='" + ROOM + "/Romeo' type='unavailable'/>");
    assertThat(muc.service.rooms()).extracting(Object::toString).containsExactly(ROOM);
    assertThat(muc.store.loadAll(muc.service.domain())).hasSize(1);
    // Back to temporary while empty: the room goes, and leaves the store.
    muc.submitConfig(ROMEO, field("muc#roomconfig_persistentroom", "0"));
    assertThat(muc.service.rooms()).isEmpty();
    assertThat(muc.store.loadAll(muc.service.domain())).isEmpty();
  }

  @Test
  void disconfiguredRoomInfoShowsEveryFeatureAndTheRoominfoForm() {
    muc.submitConfig(
        ROMEO,
        field("muc#roomconfig_roomname", "The Garden")
            + field("muc#roomconfig_roomdesc", "Under the balcony")
            + field("muc#roomconfig_publicroom", "0")
            + field("muc#roomconfig_membersonly", "0")
            + field("muc#roomconfig_moderatedroom", "1")
            + field("muc#roomconfig_passwordprotectedroom", "1")
            + field("muc#roomconfig_roomsecret", "s3cret")
            + field("muc#roomconfig_whois", "anyone")
            + field("muc#roomconfig_persistentroom", "1"));
    Element info =
        muc.send(
                "<iq from='"
                    + JULIET
                    + "' to='"
                    + ROOM
                    + "' type='get' id='i'><query xmlns='"
                    + "http://jabber.org/protocol/disco#info'/></iq>")
            .get(0);
    Element query = info.child("query", "http://jabber.org/protocol/disco#info").orElseThrow();
    assertThat(query.child("identity", "http://jabber.org/protocol/disco#info").orElseThrow())
        .isEqualTo(
            xml(
                "<identity xmlns='http://jabber.org/protocol/disco#info' category='conference'"
                    + " type='text' name='The Garden'/>"));
    assertThat(
            query.elements().stream()
                .filter(e -> e.name().equals("feature"))
                .map(e -> e.attribute("var").orElseThrow()))
        .contains(
            "http://jabber.org/protocol/muc",
            "muc_hidden",
            "muc_persistent",
            "muc_open",
            "muc_moderated",
            "muc_nonanonymous",
            "muc_passwordprotected")
        .doesNotContain("muc_public", "muc_temporary", "muc_semianonymous", "muc_unsecured");
    Element form = query.child("x", "jabber:x:data").orElseThrow();
    assertThat(DataForms.values(form))
        .containsEntry("FORM_TYPE", List.of("http://jabber.org/protocol/muc#roominfo"))
        .containsEntry("muc#roominfo_description", List.of("Under the balcony"))
        .containsEntry("muc#roominfo_occupants", List.of("2"));
  }

  @Test
  void hiddenRoomsAreNotListedButPublicOnesAre() {
    String items =
        "<iq from='"
            + JULIET
            + "' to='conference.example.com' type='get' id='i'><query xmlns='"
            + "http://jabber.org/protocol/disco#items'/></iq>";
    assertThat(muc.send(items))
        .containsExactly(
            xml(
                """
                <iq from='conference.example.com' to='juliet@example.com/balcony' type='result'
                    id='i'>
                  <query xmlns='http://jabber.org/protocol/disco#items'>
                    <item jid='garden@conference.example.com' name='garden'/>
                  </query>
                </iq>"""));
    muc.submitConfig(ROMEO, field("muc#roomconfig_publicroom", "0"));
    assertThat(muc.send(items).get(0).elements().get(0).elements()).isEmpty();
  }

  @Test
  void roomItemsListOccupantsToOccupantsOnlyInASemiAnonymousRoom() {
    String items =
        "<iq from='%s' to='"
            + ROOM
            + "' type='get' id='i'><query xmlns='"
            + "http://jabber.org/protocol/disco#items'/></iq>";
    assertThat(muc.send(items.formatted(JULIET)).get(0).elements().get(0).elements())
        .extracting(e -> e.attribute("jid").orElseThrow())
        .containsExactly(ROOM + "/Romeo", ROOM + "/Juliet");
    assertThat(muc.send(items.formatted(Muc.NURSE)).get(0).elements().get(0).elements()).isEmpty();
  }

  @Test
  void theFormsOwnerAndAdminListsChangeAffiliations() {
    List<Element> out =
        muc.submitConfig(
            ROMEO,
            field(FormAffiliations.OWNERS, "romeo@example.com", "juliet@example.com")
                + field(FormAffiliations.ADMINS, "nurse@example.com"));
    assertThat(out.get(0).attribute("type")).contains("result");
    assertThat(Muc.item(out.get(2)).attribute("affiliation")).contains("owner");
    assertThat(Muc.item(out.get(2)).attribute("jid")).contains(JULIET);
    assertThat(muc.admin(ROMEO, "get", "<item affiliation='admin'/>").get(0).toString())
        .contains("nurse@example.com");
    Element form =
        muc.send(
                "<iq from='"
                    + JULIET
                    + "' to='"
                    + ROOM
                    + "' type='get' id='c'>"
                    + "<query xmlns='http://jabber.org/protocol/muc#owner'/></iq>")
            .get(0)
            .elements()
            .get(0)
            .elements()
            .get(0);
    assertThat(DataForms.values(form))
        .containsEntry(FormAffiliations.OWNERS, List.of("juliet@example.com", "romeo@example.com"))
        .containsEntry(FormAffiliations.ADMINS, List.of("nurse@example.com"));
    assertThat(error(muc.submitConfig(ROMEO, field(FormAffiliations.OWNERS)).get(0)))
        .isEqualTo("cancel/conflict");
  }
}
