package dev.parley.ext.privatexml;

import static dev.parley.ext.testing.Requests.account;
import static dev.parley.ext.testing.Requests.condition;
import static dev.parley.ext.testing.Requests.payload;
import static dev.parley.ext.testing.Requests.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.InMemoryPayloadStore;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.Outcome;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivateXmlFeatureTest {
  private static final String OWNER = "juliet@example.com/balcony";
  private final InMemoryPayloadStore payloads = new InMemoryPayloadStore();
  private final TestFeatureContext context = new TestFeatureContext();

  @BeforeEach
  void register() {
    new PrivateXmlFeature(payloads, 4096).register(context);
  }

  private Outcome iq(String type, String from, String content) {
    return context.dispatch(
        account(
            "<iq type='"
                + type
                + "' id='p1' from='"
                + from
                + "'>"
                + "<query xmlns='jabber:iq:private'>"
                + content
                + "</query></iq>",
            "juliet@example.com",
            Optional.empty()),
        Addressing.ACCOUNT);
  }

  @Test
  void nothingStoredAnswersTheEmptyRequestedElement() {
    assertThat(payload(iq("get", OWNER, "<storage xmlns='storage:bookmarks'/>")).toString())
        .isEqualTo(
            "<query xmlns=\"jabber:iq:private\"><storage xmlns=\"storage:bookmarks\"/></query>");
  }

  @Test
  void storesEachElementOfASetAndReturnsThemOneByOne() {
    Outcome stored =
        iq(
            "set",
            OWNER,
            "<storage xmlns='storage:bookmarks'><conference jid='room@chat.example.com'/></storage>"
                + "<prefs xmlns='x:prefs'><color>red</color></prefs>");

    assertThat(reply(stored).element().attribute("type")).contains("result");
    assertThat(payload(iq("get", OWNER, "<storage xmlns='storage:bookmarks'/>")).toString())
        .isEqualTo(
            "<query xmlns=\"jabber:iq:private\"><storage xmlns=\"storage:bookmarks\">"
                + "<conference jid=\"room@chat.example.com\"/></storage></query>");
    assertThat(payload(iq("get", OWNER, "<prefs xmlns='x:prefs'/>")).toString())
        .contains("<color>red</color>");
  }

  @Test
  void anotherAccountIsForbidden() {
    assertThat(condition(iq("get", "romeo@example.com/x", "<storage xmlns='storage:bookmarks'/>")))
        .isEqualTo(StanzaErrorCondition.FORBIDDEN);
    assertThat(condition(iq("set", "romeo@example.com/x", "<storage xmlns='storage:bookmarks'/>")))
        .isEqualTo(StanzaErrorCondition.FORBIDDEN);
  }

  @Test
  void jabberNamespacesAreNotAcceptableAndNothingIsStored() {
    assertThat(condition(iq("get", OWNER, "<query xmlns='jabber:iq:roster'/>")))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(
            condition(
                iq("set", OWNER, "<prefs xmlns='x:prefs'/><query xmlns='jabber:iq:roster'/>")))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(payloads.entries).isEmpty();
  }

  @Test
  void aGetMustNameExactlyOneElement() {
    assertThat(condition(iq("get", OWNER, ""))).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    assertThat(condition(iq("get", OWNER, "<a xmlns='x:a'/><b xmlns='x:b'/>")))
        .isEqualTo(StanzaErrorCondition.BAD_REQUEST);
  }

  @Test
  void anOversizedElementIsNotAcceptable() {
    assertThat(condition(iq("set", OWNER, "<a xmlns='x:a'>" + "y".repeat(5000) + "</a>")))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
  }
}
