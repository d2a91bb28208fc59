package dev.parley.ext.vcard;

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
import dev.parley.testkit.fakes.RecordingSession;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VcardFeatureTest {
  private final InMemoryPayloadStore payloads = new InMemoryPayloadStore();
  private final TestFeatureContext context = new TestFeatureContext();
  private final RecordingSession juliet = RecordingSession.of("juliet@example.com/balcony");

  @BeforeEach
  void register() {
    new VcardFeature(payloads, 2048).register(context);
  }

  private Outcome get(String from, String target) {
    return context.dispatch(
        account(
            "<iq type='get' id='v1' from='" + from + "'><vCard xmlns='vcard-temp'/></iq>",
            target,
            Optional.empty()),
        Addressing.ACCOUNT);
  }

  private Outcome set(String from, String target, String vcard) {
    return context.dispatch(
        account(
            "<iq type='set' id='v2' from='" + from + "'>" + vcard + "</iq>",
            target,
            Optional.of(juliet)),
        Addressing.ACCOUNT);
  }

  @Test
  void anAccountWithoutVcardAnswersAnEmptyOne() {
    assertThat(payload(get("romeo@example.com/x", "juliet@example.com")).toString())
        .isEqualTo("<vCard xmlns=\"vcard-temp\"/>");
  }

  @Test
  void theOwnerSetsAndAnyoneReadsBack() {
    String vcard =
        "<vCard xmlns='vcard-temp'><FN>Juliet Capulet</FN><NICKNAME>J</NICKNAME></vCard>";

    assertThat(
            reply(set("juliet@example.com/balcony", "juliet@example.com", vcard))
                .element()
                .toString())
        .contains("type=\"result\"");
    String own = payload(get("juliet@example.com/balcony", "juliet@example.com")).toString();
    String other = payload(get("romeo@example.com/x", "juliet@example.com")).toString();

    assertThat(own)
        .isEqualTo(
            "<vCard xmlns=\"vcard-temp\"><FN>Juliet Capulet</FN><NICKNAME>J</NICKNAME></vCard>");
    assertThat(other).isEqualTo(own);
  }

  @Test
  void setByAnotherAccountIsForbidden() {
    Outcome outcome =
        set(
            "romeo@example.com/x",
            "juliet@example.com",
            "<vCard xmlns='vcard-temp'><FN>R</FN></vCard>");

    assertThat(condition(outcome)).isEqualTo(StanzaErrorCondition.FORBIDDEN);
    assertThat(payloads.entries).isEmpty();
  }

  @Test
  void aVcardOverTheLimitIsNotAcceptable() {
    String big = "<vCard xmlns='vcard-temp'><DESC>" + "x".repeat(3000) + "</DESC></vCard>";

    Outcome outcome = set("juliet@example.com/balcony", "juliet@example.com", big);

    assertThat(condition(outcome)).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(payloads.entries).isEmpty();
  }

  @Test
  void anEmptyVcardRemovesTheStoredOne() {
    set(
        "juliet@example.com/balcony",
        "juliet@example.com",
        "<vCard xmlns='vcard-temp'><FN>J</FN></vCard>");

    set("juliet@example.com/balcony", "juliet@example.com", "<vCard xmlns='vcard-temp'/>");

    assertThat(payloads.entries).isEmpty();
  }

  @Test
  void unreadableStoredXmlIsAnInternalError() {
    payloads.entries.put("juliet@example.com vcard", "<vCard xmlns='vcard-temp'>");

    assertThat(condition(get("romeo@example.com/x", "juliet@example.com")))
        .isEqualTo(StanzaErrorCondition.INTERNAL_SERVER_ERROR);
  }
}
