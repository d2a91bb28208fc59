package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.NURSE;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.codes;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XEP-0045 §7.10 (registering a nickname), §7.11 (enforced), §7.12 (discovering it). */
class RegistrationTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void anInstantRoom() {
    muc.instantRoom();
  }

  private List<Element> register(String from, String nick) {
    return muc.send(
        "<iq from='"
            + from
            + "' to='"
            + ROOM
            + "' type='set' id='r'><query xmlns='jabber:iq:register'>"
            + "<x xmlns='jabber:x:data' type='submit'>"
            + Muc.field("FORM_TYPE", "http://jabber.org/protocol/muc#register")
            + Muc.field("muc#register_roomnick", nick)
            + "</x></query></iq>");
  }

  @Test
  void theFormIsOfferedThenTheRegistrationShown() {
    String get =
        "<iq from='"
            + JULIET
            + "' to='"
            + ROOM
            + "' type='get' id='g'>"
            + "<query xmlns='jabber:iq:register'/></iq>";
    Element form = muc.send(get).get(0);
    assertThat(form.attribute("type")).contains("result");
    assertThat(form.elements().get(0).child("x", "jabber:x:data")).isPresent();
    assertThat(register(JULIET, "Juliet").get(0).attribute("type")).contains("result");
    assertThat(muc.send(get))
        .containsExactly(
            xml(
                """
                <iq from='garden@conference.example.com' to='juliet@example.com/balcony'
                    type='result' id='g'>
                  <query xmlns='jabber:iq:register'>
                    <registered/><username>Juliet</username>
                  </query>
                </iq>"""));
    assertThat(
            muc.send(
                    "<iq from='"
                        + JULIET
                        + "' to='"
                        + ROOM
                        + "' type='get' id='n'><query xmlns="
                        + "'http://jabber.org/protocol/disco#info' node='x-roomuser-item'/></iq>")
                .get(0)
                .elements()
                .get(0)
                .elements()
                .get(0)
                .attribute("name"))
        .contains("Juliet");
  }

  @Test
  void aRegisteredNicknameIsReservedAndEnforcedWith210() {
    register(JULIET, "Juliet");
    assertThat(error(muc.join(NURSE, "Juliet").get(0))).isEqualTo("cancel/conflict");
    assertThat(error(register(NURSE, "Juliet").get(0))).isEqualTo("cancel/conflict");
    List<Element> joined = muc.join(JULIET, "Jules");
    Element self = joined.get(2);
    assertThat(self.attribute("from")).contains(ROOM + "/Juliet");
    assertThat(codes(self)).containsExactly(110, 210);
    assertThat(Muc.item(self).attribute("affiliation")).contains("member");
    assertThat(error(muc.send("<presence from='" + JULIET + "' to='" + ROOM + "/Jules'/>").get(0)))
        .isEqualTo("modify/not-acceptable");
  }

  @Test
  void registrationErrors() {
    assertThat(error(register(JULIET, " ").get(0))).isEqualTo("modify/not-acceptable");
    muc.admin(ROMEO, "set", "<item affiliation='outcast' jid='nurse@example.com'/>");
    assertThat(error(register(NURSE, "Nurse").get(0))).isEqualTo("auth/forbidden");
  }

  @Test
  void removingTheRegistrationFreesTheNickname() {
    register(JULIET, "Juliet");
    assertThat(
            muc.send(
                    "<iq from='"
                        + JULIET
                        + "' to='"
                        + ROOM
                        + "' type='set' id='x'><query xmlns="
                        + "'jabber:iq:register'><remove/></query></iq>")
                .get(0)
                .attribute("type"))
        .contains("result");
    assertThat(muc.join(NURSE, "Juliet")).hasSize(4);
  }
}
