package dev.parley.ext.blocking;

import static dev.parley.ext.testing.Requests.account;
import static dev.parley.ext.testing.Requests.condition;
import static dev.parley.ext.testing.Requests.payload;
import static dev.parley.ext.testing.Requests.sent;
import static dev.parley.ext.testing.Requests.stanza;
import static dev.parley.ext.testing.Requests.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.FakeRouteDirectory;
import dev.parley.ext.testing.InMemoryBlockListStore;
import dev.parley.ext.testing.InMemoryRosterStore;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.Outcome;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import dev.parley.store.RosterItem;
import dev.parley.store.Subscription;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlockingFeatureTest {
  private static final BareJid JULIET = (BareJid) Jid.parse("juliet@capulet.com");
  private final InMemoryBlockListStore store = new InMemoryBlockListStore();
  private final InMemoryRosterStore rosters = new InMemoryRosterStore();
  private final RecordingSession balcony =
      RecordingSession.of("juliet@capulet.com/balcony").available(0);
  private final RecordingSession chamber = RecordingSession.of("juliet@capulet.com/chamber");
  private final TestFeatureContext context = new TestFeatureContext();
  private StanzaInterceptor interceptor;

  @BeforeEach
  void register() {
    new BlockingFeature(store, rosters, new FakeRouteDirectory().with(balcony, chamber))
        .register(context);
    interceptor = context.interceptor();
  }

  private Outcome iq(String type, String payload, RecordingSession origin) {
    return context.dispatch(
        account(
            "<iq type='" + type + "' id='b1' from='" + origin.jid() + "'>" + payload + "</iq>",
            "juliet@capulet.com",
            Optional.of(origin)),
        Addressing.ACCOUNT);
  }

  @Test
  void blocklistGetReturnsItemsAndMarksTheSessionInterested() {
    store.block(
        JULIET, List.of(Jid.parse("romeo@montague.net"), Jid.parse("iago@shakespeare.lit")));

    String list = payload(iq("get", "<blocklist xmlns='urn:xmpp:blocking'/>", balcony)).toString();

    assertThat(list)
        .isEqualTo(
            "<blocklist xmlns=\"urn:xmpp:blocking\"><item jid=\"iago@shakespeare.lit\"/>"
                + "<item jid=\"romeo@montague.net\"/></blocklist>");
    assertThat(balcony.attribute(BlockingFeature.INTERESTED)).contains(true);
    assertThat(chamber.attribute(BlockingFeature.INTERESTED)).isEmpty();
    assertThat(context.serverFeatures).containsExactly("urn:xmpp:blocking");
  }

  @Test
  void anotherUsersBlocklistIsForbidden() {
    RecordingSession romeo = RecordingSession.of("romeo@capulet.com/x");

    assertThat(condition(iq("get", "<blocklist xmlns='urn:xmpp:blocking'/>", romeo)))
        .isEqualTo(StanzaErrorCondition.FORBIDDEN);
    assertThat(
            condition(
                iq("set", "<block xmlns='urn:xmpp:blocking'><item jid='a@b.c'/></block>", romeo)))
        .isEqualTo(StanzaErrorCondition.FORBIDDEN);
  }

  @Test
  void blockAnswersPushesToInterestedSessionsAndSendsUnavailablePresence() {
    iq("get", "<blocklist xmlns='urn:xmpp:blocking'/>", balcony);
    rosters.put(
        RosterItem.of(JULIET, Jid.parse("romeo@montague.net")).withSubscription(Subscription.BOTH));
    rosters.put(
        RosterItem.of(JULIET, Jid.parse("nurse@montague.net")).withSubscription(Subscription.TO));

    List<Stanza> out =
        sent(
            iq(
                "set",
                "<block xmlns='urn:xmpp:blocking'><item jid='montague.net'/></block>",
                chamber));

    assertThat(out).hasSize(3);
    assertThat(xml(out.get(0))).contains("type=\"result\"", "id=\"b1\"");
    assertThat(xml(out.get(1)))
        .contains(
            "type=\"set\"",
            "to=\"juliet@capulet.com/balcony\"",
            "<block xmlns=\"urn:xmpp:blocking\"><item jid=\"montague.net\"/></block>");
    // Only the available session, and only to the contact with a 'from' subscription.
    assertThat(xml(out.get(2)))
        .isEqualTo(
            "<presence xmlns=\"jabber:client\" from=\"juliet@capulet.com/balcony\""
                + " to=\"romeo@montague.net\" type=\"unavailable\"/>");
    assertThat(store.blocked(JULIET)).containsExactly(Jid.parse("montague.net"));
  }

  @Test
  void blockWithoutItemsIsBadRequestAndMalformedJidsAreRejected() {
    assertThat(condition(iq("set", "<block xmlns='urn:xmpp:blocking'/>", balcony)))
        .isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    assertThat(
            condition(
                iq("set", "<block xmlns='urn:xmpp:blocking'><item jid='@@'/></block>", balcony)))
        .isEqualTo(StanzaErrorCondition.JID_MALFORMED);
    assertThat(store.blocked(JULIET)).isEmpty();
  }

  @Test
  void unblockPushesAndSendsCurrentPresence() {
    iq("get", "<blocklist xmlns='urn:xmpp:blocking'/>", chamber);
    store.block(
        JULIET, List.of(Jid.parse("romeo@montague.net"), Jid.parse("iago@shakespeare.lit")));
    rosters.put(
        RosterItem.of(JULIET, Jid.parse("romeo@montague.net")).withSubscription(Subscription.FROM));

    List<Stanza> out =
        sent(
            iq(
                "set",
                "<unblock xmlns='urn:xmpp:blocking'><item jid='romeo@montague.net'/></unblock>",
                balcony));

    assertThat(out).hasSize(3);
    assertThat(xml(out.get(1)))
        .contains(
            "to=\"juliet@capulet.com/chamber\"", "<unblock xmlns=\"urn:xmpp:blocking\"><item");
    assertThat(xml(out.get(2)))
        .contains("<presence", "from=\"juliet@capulet.com/balcony\"", "to=\"romeo@montague.net\"")
        .doesNotContain("unavailable");
    assertThat(store.blocked(JULIET)).containsExactly(Jid.parse("iago@shakespeare.lit"));
  }

  @Test
  void emptyUnblockClearsTheList() {
    iq("get", "<blocklist xmlns='urn:xmpp:blocking'/>", balcony);
    store.block(JULIET, List.of(Jid.parse("romeo@montague.net")));

    List<Stanza> out = sent(iq("set", "<unblock xmlns='urn:xmpp:blocking'/>", balcony));

    assertThat(store.blocked(JULIET)).isEmpty();
    assertThat(xml(out.get(1))).contains("<unblock xmlns=\"urn:xmpp:blocking\"/>");
  }

  @Test
  void outgoingToABlockedContactIsNotAcceptableWithTheBlockedCondition() {
    store.block(JULIET, List.of(Jid.parse("romeo@montague.net")));

    Verdict verdict =
        interceptor.outgoing(
            stanza(
                "<message from='juliet@capulet.com/balcony' to='romeo@montague.net/orchard'"
                    + " type='chat'><body>Can you hear me now?</body></message>"),
            balcony);

    assertThat(verdict).isInstanceOf(Verdict.Reject.class);
    var error = ((Verdict.Reject) verdict).error();
    assertThat(error.condition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(error.toElement().toString())
        .contains("<blocked xmlns=\"urn:xmpp:blocking:errors\"/>");
    assertThat(
            interceptor.outgoing(
                stanza("<message to='tybalt@capulet.com'><body>hi</body></message>"), balcony))
        .isEqualTo(Verdict.CONTINUE);
  }

  @Test
  void incomingFromBlockedEntitiesFollowsXep0191() {
    store.block(JULIET, List.of(Jid.parse("montague.net")));

    Verdict presence =
        interceptor.incoming(stanza("<presence from='romeo@montague.net/orchard'/>"), JULIET);
    Verdict probe =
        interceptor.incoming(
            stanza("<presence type='probe' from='romeo@montague.net' to='juliet@capulet.com'/>"),
            JULIET);
    Verdict message =
        interceptor.incoming(
            stanza(
                "<message from='romeo@montague.net/orchard' type='chat'><body>hi</body></message>"),
            JULIET);
    Verdict get =
        interceptor.incoming(
            stanza(
                "<iq type='get' id='q' from='romeo@montague.net/orchard'>"
                    + "<query xmlns='jabber:iq:version'/></iq>"),
            JULIET);
    Verdict result =
        interceptor.incoming(stanza("<iq type='result' id='q' from='chat.montague.net'/>"), JULIET);

    assertThat(presence).isInstanceOf(Verdict.Drop.class);
    assertThat(probe).isInstanceOf(Verdict.Drop.class);
    assertThat(((Verdict.Reject) message).error().condition())
        .isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    assertThat(((Verdict.Reject) get).error().condition())
        .isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    assertThat(result).isInstanceOf(Verdict.Drop.class);
  }

  @Test
  void ownResourcesAndOwnServerAreNeverFiltered() {
    store.block(JULIET, List.of(Jid.parse("capulet.com")));

    assertThat(
            interceptor.incoming(
                stanza("<message from='juliet@capulet.com/chamber'><body>x</body></message>"),
                JULIET))
        .isEqualTo(Verdict.CONTINUE);
    assertThat(
            interceptor.incoming(stanza("<iq type='result' id='r' from='capulet.com'/>"), JULIET))
        .isEqualTo(Verdict.CONTINUE);
    assertThat(
            interceptor.incoming(
                stanza("<message from='nurse@capulet.com/x'><body>x</body></message>"), JULIET))
        .isInstanceOf(Verdict.Reject.class);
  }
}
