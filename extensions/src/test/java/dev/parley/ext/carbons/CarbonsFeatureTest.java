package dev.parley.ext.carbons;

import static dev.parley.ext.testing.Requests.account;
import static dev.parley.ext.testing.Requests.condition;
import static dev.parley.ext.testing.Requests.reply;
import static dev.parley.ext.testing.Requests.stanza;
import static dev.parley.ext.testing.Requests.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.FakeRouteDirectory;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.Outcome;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CarbonsFeatureTest {
  private final RecordingSession home = RecordingSession.of("romeo@montague.example/home");
  private final RecordingSession garden = RecordingSession.of("romeo@montague.example/garden");
  private final RecordingSession phone = RecordingSession.of("romeo@montague.example/phone");
  private final TestFeatureContext context = new TestFeatureContext();
  private StanzaInterceptor interceptor;

  @BeforeEach
  void register() {
    new CarbonsFeature(new FakeRouteDirectory().with(home, garden, phone)).register(context);
    interceptor = context.interceptor();
    enable(home);
    enable(garden);
  }

  private Outcome toggle(String element, RecordingSession origin, String target) {
    return context.dispatch(
        account(
            "<iq type='set' id='c1' from='"
                + origin.jid()
                + "'>"
                + "<"
                + element
                + " xmlns='urn:xmpp:carbons:2'/></iq>",
            target,
            Optional.of(origin)),
        Addressing.ACCOUNT);
  }

  private void enable(RecordingSession session) {
    reply(toggle("enable", session, "romeo@montague.example"));
  }

  @Test
  void enableAndDisableSetTheSessionAttributeAndRepeatWithoutError() {
    assertThat(home.attribute(CarbonsFeature.ENABLED)).contains(true);
    assertThat(xml(reply(toggle("enable", home, "romeo@montague.example"))))
        .contains("type=\"result\"");

    reply(toggle("disable", home, "romeo@montague.example"));
    reply(toggle("disable", home, "romeo@montague.example"));

    assertThat(home.attribute(CarbonsFeature.ENABLED)).isEmpty();
    assertThat(context.serverFeatures).containsExactly("urn:xmpp:carbons:2");
  }

  @Test
  void anotherUsersCarbonsAreNotAllowed() {
    RecordingSession juliet = RecordingSession.of("juliet@capulet.example/balcony");

    assertThat(condition(toggle("enable", juliet, "romeo@montague.example")))
        .isEqualTo(StanzaErrorCondition.NOT_ALLOWED);
  }

  @Test
  void sentMessagesAreCopiedToOtherEnabledSessionsOnly() {
    Verdict verdict =
        interceptor.outgoing(
            stanza(
                "<message from='romeo@montague.example/home' to='juliet@capulet.example/balcony'"
                    + " type='chat'><body>Neither, fair saint</body></message>"),
            home);

    List<Stanza> copies = ((Verdict.Continue) verdict).also();
    assertThat(copies).hasSize(1);
    assertThat(xml(copies.get(0)))
        .isEqualTo(
            "<message xmlns=\"jabber:client\" from=\"romeo@montague.example\""
                + " to=\"romeo@montague.example/garden\" type=\"chat\">"
                + "<sent xmlns=\"urn:xmpp:carbons:2\"><forwarded xmlns=\"urn:xmpp:forward:0\">"
                + "<message xmlns=\"jabber:client\" from=\"romeo@montague.example/home\""
                + " to=\"juliet@capulet.example/balcony\" type=\"chat\">"
                + "<body>Neither, fair saint</body></message></forwarded></sent></message>");
  }

  @Test
  void aSenderWithoutCarbonsStillGetsItsMessagesCopied() {
    Verdict verdict =
        interceptor.outgoing(
            stanza("<message to='juliet@capulet.example' type='normal'><body>hi</body></message>"),
            phone);

    List<Stanza> copies = ((Verdict.Continue) verdict).also();
    assertThat(copies)
        .extracting(s -> s.to().orElseThrow().toString())
        .containsExactlyInAnyOrder("romeo@montague.example/home", "romeo@montague.example/garden");
    // The stamped sender is filled in when the connection manager has not set it yet.
    assertThat(xml(copies.get(0))).contains("from=\"romeo@montague.example/phone\"");
  }

  @Test
  void ineligibleMessagesAreNotCopied() {
    List<String> ineligible =
        List.of(
            "<message to='j@capulet.example' type='chat'><body>x</body>"
                + "<private xmlns='urn:xmpp:carbons:2'/></message>",
            "<message to='j@capulet.example' type='chat'><body>x</body>"
                + "<no-copy xmlns='urn:xmpp:hints'/></message>",
            "<message to='room@chat.example' type='groupchat'><body>x</body></message>",
            "<message to='j@capulet.example' type='headline'><body>x</body></message>",
            "<message to='j@capulet.example'><subject>no body</subject></message>",
            "<message to='j@capulet.example' type='chat'><body>x</body>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'/></message>",
            "<message to='romeo@montague.example/garden' type='chat'>"
                + "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'/></sent>"
                + "</message>");

    for (String message : ineligible) {
      assertThat(interceptor.outgoing(stanza(message), home))
          .as(message)
          .isEqualTo(Verdict.CONTINUE);
    }
  }

  @Test
  void receivedMessagesAreCopiedToEnabledSessionsThatDidNotGetThem() {
    Message message =
        (Message)
            stanza(
                "<message from='juliet@capulet.example/balcony' to='romeo@montague.example/garden'"
                    + " type='chat'><body>What man art thou</body></message>");

    List<Stanza> copies =
        context
            .deliveryListeners
            .get(0)
            .delivered(
                message,
                (BareJid) Jid.parse("romeo@montague.example"),
                Set.of((FullJid) Jid.parse("romeo@montague.example/garden")));

    assertThat(copies).hasSize(1);
    assertThat(xml(copies.get(0)))
        .startsWith(
            "<message xmlns=\"jabber:client\" from=\"romeo@montague.example\""
                + " to=\"romeo@montague.example/home\" type=\"chat\">"
                + "<received xmlns=\"urn:xmpp:carbons:2\"><forwarded xmlns=\"urn:xmpp:forward:0\">")
        .contains("<body>What man art thou</body>");
  }

  @Test
  void privateReceivedMessagesAreNotCopied() {
    Message message =
        (Message)
            stanza(
                "<message from='juliet@capulet.example/balcony' to='romeo@montague.example/garden'"
                    + " type='chat'><body>x</body><private xmlns='urn:xmpp:carbons:2'/></message>");

    assertThat(
            context
                .deliveryListeners
                .get(0)
                .delivered(message, (BareJid) Jid.parse("romeo@montague.example"), Set.of()))
        .isEmpty();
  }
}
