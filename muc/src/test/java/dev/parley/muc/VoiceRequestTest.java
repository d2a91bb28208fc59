package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XEP-0045 §7.13 (a visitor asks for voice) and §8.6 (a moderator grants it). */
class VoiceRequestTest {
  private final Muc muc = new Muc();

  @BeforeEach
  void julietIsAVisitorInAModeratedRoom() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_moderatedroom", "1"));
    muc.join(JULIET, "Juliet");
  }

  private List<Element> form(String from, String fields) {
    return muc.send(
        "<message from='"
            + from
            + "' to='"
            + ROOM
            + "'><x xmlns='jabber:x:data' type='submit'>"
            + field("FORM_TYPE", "http://jabber.org/protocol/muc#request")
            + fields
            + "</x></message>");
  }

  @Test
  void moderatorsReceiveTheRequestAndApproveIt() {
    List<Element> asked = form(JULIET, field("muc#role", "participant"));
    assertThat(asked).hasSize(1);
    Element request = asked.get(0);
    assertThat(request.attribute("to")).contains(ROMEO);
    assertThat(DataForms.values(request.child("x", "jabber:x:data").orElseThrow()))
        .containsEntry("muc#roomnick", List.of("Juliet"))
        .containsEntry("muc#jid", List.of(JULIET))
        .containsEntry("muc#request_allow", List.of("0"));

    List<Element> granted =
        form(ROMEO, field("muc#roomnick", "Juliet") + field("muc#request_allow", "true"));
    assertThat(granted).hasSize(2);
    assertThat(item(granted.get(1)).attribute("role")).contains("participant");
    assertThat(muc.groupchat(JULIET, "Thank you")).hasSize(2);
  }

  @Test
  void participantsDoNotAskAndStrangersCannot() {
    assertThat(error(form(ROMEO, field("muc#role", "participant")).get(0)))
        .isEqualTo("modify/bad-request");
    assertThat(error(form(Muc.NURSE, field("muc#role", "participant")).get(0)))
        .isEqualTo("modify/not-acceptable");
  }
}
