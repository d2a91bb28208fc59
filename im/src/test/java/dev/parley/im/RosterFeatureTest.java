package dev.parley.im;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roster get, set, versioning and validation (RFC 6121 §2). */
class RosterFeatureTest {
  private final ImFixture im = new ImFixture();
  private final RecordingSession home = im.login("alice@example.com/home");

  @Test
  void setAddsTheItemAnswersAndPushesToEveryInterestedResource() {
    RecordingSession phone = im.login("alice@example.com/phone");
    RecordingSession quiet = RecordingSession.of("alice@example.com/quiet");
    im.directory.register(quiet);

    im.send(home, set("<item jid='bob@example.com' name='Bob'><group>Work</group></item>"));

    assertThat(Received.iqs(home, "s1"))
        .singleElement()
        .satisfies(iq -> assertThat(iq.type().xmlValue()).isEqualTo("result"));
    assertThat(Received.rosterPushes(home)).hasSize(1);
    assertThat(Received.rosterPushes(phone)).hasSize(1);
    assertThat(quiet.received()).as("never asked for the roster").isEmpty();
    Element item = pushedItem(Received.rosterPushes(phone).get(0));
    assertThat(item.attribute("name")).contains("Bob");
    assertThat(item.attribute("subscription")).contains("none");
    assertThat(item.childText("group", "jabber:iq:roster")).contains("Work");
  }

  @Test
  void getReturnsTheItemsWithTheVersion() {
    im.send(home, set("<item jid='bob@example.com'/>"));
    home.clear();

    im.send(home, "<iq type='get' id='g1'><query xmlns='jabber:iq:roster'/></iq>");

    Element query = Received.iqs(home, "g1").get(0).payload().orElseThrow();
    assertThat(query.attribute("ver")).contains("1");
    assertThat(query.elements())
        .extracting(e -> e.attribute("jid").orElseThrow())
        .containsExactly("bob@example.com");
  }

  @Test
  void getWithTheCurrentVersionReturnsAnEmptyResult() {
    im.send(home, set("<item jid='bob@example.com'/>"));
    home.clear();

    im.send(home, "<iq type='get' id='g2'><query xmlns='jabber:iq:roster' ver='1'/></iq>");
    im.send(home, "<iq type='get' id='g3'><query xmlns='jabber:iq:roster' ver='0'/></iq>");

    assertThat(Received.iqs(home, "g2").get(0).payload()).as("§2.6.3: up to date").isEmpty();
    assertThat(Received.iqs(home, "g3").get(0).payload().orElseThrow().elements()).hasSize(1);
  }

  @Test
  void pushesCarryIncreasingVersions() {
    im.send(home, set("<item jid='bob@example.com'/>"));
    im.send(home, set("<item jid='carol@example.com'/>"));
    im.send(home, set("<item jid='bob@example.com' name='B'/>"));
    im.send(home, set("<item jid='carol@example.com' subscription='remove'/>"));

    List<String> versions =
        Received.rosterPushes(home).stream()
            .map(push -> push.payload().orElseThrow().attribute("ver").orElseThrow())
            .toList();
    assertThat(versions).containsExactly("1", "2", "3", "4");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      two items       | <item jid='bob@example.com'/><item jid='carol@example.com'/> | BAD_REQUEST
      no item         | <x xmlns='urn:other'/>                                         | BAD_REQUEST
      duplicate group | <item jid='bob@example.com'><group>A</group><group>A</group></item> | BAD_REQUEST
      empty group     | <item jid='bob@example.com'><group></group></item>             | NOT_ACCEPTABLE
      own JID         | <item jid='alice@example.com'/>                                | NOT_ALLOWED
      bad JID         | <item jid='@@'/>                                               | JID_MALFORMED
      remove unknown  | <item jid='bob@example.com' subscription='remove'/>            | ITEM_NOT_FOUND
      """)
  void invalidSetIsRefused(String name, String items, StanzaErrorCondition condition) {
    im.send(home, set(items));

    assertThat(Received.iqs(home, "s1"))
        .singleElement()
        .satisfies(iq -> assertThat(Stanzas.condition(iq)).contains(condition));
    assertThat(Received.rosterPushes(home)).isEmpty();
    assertThat(im.rosters.items(home.jid().account())).isEmpty();
  }

  @Test
  void tooLongNameOrGroupIsNotAcceptable() {
    String longText = "x".repeat(1025);
    im.send(home, set("<item jid='bob@example.com' name='" + longText + "'/>"));
    im.send(home, set("<item jid='bob@example.com'><group>" + longText + "</group></item>"));

    assertThat(Received.iqs(home, "s1"))
        .hasSize(2)
        .allSatisfy(
            iq -> assertThat(Stanzas.condition(iq)).contains(StanzaErrorCondition.NOT_ACCEPTABLE));
  }

  @Test
  void anotherUsersRosterIsForbidden() {
    im.send(
        home,
        "<iq type='get' id='g4' to='bob@example.com'>" + "<query xmlns='jabber:iq:roster'/></iq>");
    im.send(
        home,
        "<iq type='set' id='s4' to='bob@example.com'><query xmlns='jabber:iq:roster'>"
            + "<item jid='carol@example.com'/></query></iq>");

    assertThat(Stanzas.condition(Received.iqs(home, "g4").get(0)))
        .contains(StanzaErrorCondition.FORBIDDEN);
    assertThat(Stanzas.condition(Received.iqs(home, "s4").get(0)))
        .contains(StanzaErrorCondition.FORBIDDEN);
  }

  @Test
  void updateKeepsTheSubscriptionAndIgnoresAClaimedOne() {
    im.send(home, "<presence to='bob@example.com' type='subscribe'/>");
    home.clear();

    im.send(home, set("<item jid='bob@example.com' subscription='both' name='Bob'/>"));

    assertThat(im.state("alice", "bob")).isEqualTo("none+out");
    assertThat(pushedItem(Received.rosterPushes(home).get(0)).attribute("ask"))
        .contains("subscribe");
  }

  private static String set(String items) {
    return "<iq type='set' id='s1'><query xmlns='jabber:iq:roster'>" + items + "</query></iq>";
  }

  private static Element pushedItem(Iq push) {
    return push.payload().orElseThrow().elements().get(0);
  }
}
