package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0045 §7.2.15: history on entering, with every limit, and the subject after it. */
class HistoryTest {
  private final Muc muc = new Muc();

  private List<String> bodies(List<Element> joined) {
    return joined.stream()
        .filter(e -> e.name().equals("message"))
        .flatMap(e -> e.childText("body", "jabber:client").stream())
        .toList();
  }

  private void say(String... bodies) {
    for (String body : bodies) {
      muc.groupchat(ROMEO, body);
      muc.clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void historyIsDelayedFromTheRoomAndFollowedByTheSubject() {
    muc.instantRoom();
    muc.send(
        "<message from='"
            + ROMEO
            + "' to='"
            + Muc.ROOM
            + "' type='groupchat'>"
            + "<subject>Fire</subject></message>");
    muc.groupchat(ROMEO, "hello");
    List<Element> joined = muc.join(JULIET, "Juliet");
    assertThat(joined.subList(3, 5))
        .containsExactly(
            xml(
                """
                <message from='garden@conference.example.com/Romeo'
                    to='juliet@example.com/balcony' type='groupchat' id='m1'>
                  <body>hello</body>
                  <delay xmlns='urn:xmpp:delay' from='garden@conference.example.com'
                      stamp='2026-01-02T03:04:05Z'/>
                </message>"""),
            xml(
                """
                <message from='garden@conference.example.com/Romeo'
                    to='juliet@example.com/balcony' type='groupchat'>
                  <subject>Fire</subject>
                </message>"""));
  }

  @Test
  void maxstanzasKeepsTheNewest() {
    muc.instantRoom();
    say("one", "two", "three");
    assertThat(bodies(muc.join(JULIET, "Juliet", "<history maxstanzas='2'/>")))
        .containsExactly("two", "three");
  }

  @Test
  void maxcharsZeroSendsNoHistory() {
    muc.instantRoom();
    say("one", "two");
    assertThat(bodies(muc.join(JULIET, "Juliet", "<history maxchars='0'/>"))).isEmpty();
  }

  @Test
  void maxcharsCountsWholeStanzas() {
    muc.instantRoom();
    say("one", "two");
    int oneMessage =
        "<message xmlns=\"jabber:client\" from=\"garden@conference.example.com/Romeo\" type=\"groupchat\" id=\"m1\"><body>two</body></message>"
            .length();
    assertThat(bodies(muc.join(JULIET, "Juliet", "<history maxchars='" + (oneMessage + 5) + "'/>")))
        .containsExactly("two");
  }

  @Test
  void secondsAndSinceLimitByAge() {
    muc.instantRoom();
    say("one", "two", "three"); // at :04:05, :05:05, :06:05; now :07:05
    assertThat(bodies(muc.join(JULIET, "Juliet", "<history seconds='90'/>")))
        .containsExactly("three");
    muc.send("<presence from='" + JULIET + "' to='" + Muc.ROOM + "/Juliet' type='unavailable'/>");
    assertThat(bodies(muc.join(JULIET, "Juliet", "<history since='2026-01-02T03:04:05Z'/>")))
        .containsExactly("two", "three");
  }

  @Test
  void theRoomKeepsAtMostItsHistoryLength() {
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#maxhistoryfetch", "2"));
    say("one", "two", "three");
    assertThat(bodies(muc.join(JULIET, "Juliet"))).containsExactly("two", "three");
  }
}
