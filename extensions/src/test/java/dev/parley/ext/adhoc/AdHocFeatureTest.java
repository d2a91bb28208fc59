package dev.parley.ext.adhoc;

import static dev.parley.ext.testing.Requests.condition;
import static dev.parley.ext.testing.Requests.error;
import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.payload;
import static dev.parley.ext.testing.Requests.sent;
import static dev.parley.ext.testing.Requests.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.disco.DiscoFeature;
import dev.parley.ext.testing.FakeRouteDirectory;
import dev.parley.ext.testing.InMemoryAccounts;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.Outcome;
import dev.parley.server.ServerInfo;
import dev.parley.testkit.fakes.RecordingSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdHocFeatureTest {
  static final String ADMIN = "http://jabber.org/protocol/admin#";
  private static final ServerInfo INFO =
      new ServerInfo("Parley", "1.0", "n1", Set.of(DomainJid.of("shakespeare.lit")));
  private final InMemoryAccounts accounts =
      new InMemoryAccounts()
          .with("bard@shakespeare.lit", "pw", true)
          .with("juliet@shakespeare.lit", "pw", false);
  private final RecordingSession bard =
      RecordingSession.of("bard@shakespeare.lit/globe").available(0);
  private final RecordingSession juliet =
      RecordingSession.of("juliet@shakespeare.lit/balcony").available(0);
  private final RecordingSession julietPhone = RecordingSession.of("juliet@shakespeare.lit/phone");
  private final FakeRouteDirectory sessions =
      new FakeRouteDirectory().with(bard, juliet, julietPhone);
  private final MutableClock clock = new MutableClock();
  private final TestFeatureContext context = new TestFeatureContext();

  @BeforeEach
  void register() {
    AdHocFeature adHoc =
        new AdHocFeature(
            AdminCommands.create(INFO, accounts, accounts, sessions),
            accounts,
            clock,
            Duration.ofMinutes(5));
    adHoc.register(context);
    new DiscoFeature(INFO, List.of(), List::of, List.of(adHoc.discoNode())).register(context);
  }

  private Outcome command(String from, String attributes, String content) {
    return context.dispatch(
        host(
            "<iq type='set' id='c1' from='"
                + from
                + "' to='shakespeare.lit'>"
                + "<command xmlns='http://jabber.org/protocol/commands' "
                + attributes
                + ">"
                + content
                + "</command></iq>",
            Optional.empty()),
        Addressing.HOST);
  }

  private String execute(String from, String node) {
    Element command = payload(command(from, "action='execute' node='" + ADMIN + node + "'", ""));
    assertThat(command.attribute("status")).contains("executing");
    return command.attribute("sessionid").orElseThrow();
  }

  private Outcome submit(String from, String node, String sessionId, String fields) {
    return command(
        from,
        "node='" + ADMIN + node + "' sessionid='" + sessionId + "'",
        "<x xmlns='jabber:x:data' type='submit'>" + fields + "</x>");
  }

  private static String field(String var, String... values) {
    StringBuilder field = new StringBuilder("<field var='" + var + "'>");
    for (String value : values) {
      field.append("<value>").append(value).append("</value>");
    }
    return field.append("</field>").toString();
  }

  private Outcome items(String from) {
    return context.dispatch(
        host(
            "<iq type='get' id='d' from='"
                + from
                + "' to='shakespeare.lit'>"
                + "<query xmlns='http://jabber.org/protocol/disco#items'"
                + " node='http://jabber.org/protocol/commands'/></iq>",
            Optional.empty()),
        Addressing.HOST);
  }

  @Test
  void adminsSeeTheAdminCommandsAndOthersSeeNone() {
    String forAdmin = payload(items("bard@shakespeare.lit/globe")).toString();
    Element forUser = payload(items("juliet@shakespeare.lit/balcony"));

    assertThat(forAdmin)
        .contains(
            "<item jid=\"shakespeare.lit\" node=\"" + ADMIN + "add-user\" name=\"Add a User\"/>",
            ADMIN + "delete-user",
            ADMIN + "disable-user",
            ADMIN + "change-user-password",
            ADMIN + "get-online-users-list",
            ADMIN + "announce");
    assertThat(forUser.elements()).isEmpty();
    assertThat(context.serverFeatures).contains("http://jabber.org/protocol/commands");
  }

  @Test
  void executeReturnsTheFormWithActions() {
    Element command =
        payload(
            command(
                "bard@shakespeare.lit/globe", "action='execute' node='" + ADMIN + "add-user'", ""));

    assertThat(command.toString())
        .contains(
            "status=\"executing\"",
            "<actions execute=\"complete\"><complete/></actions>",
            "<x xmlns=\"jabber:x:data\" type=\"form\">",
            "<value>http://jabber.org/protocol/admin</value>",
            "var=\"accountjid\"",
            "var=\"password-verify\"");
  }

  @Test
  void addUserCreatesTheAccount() {
    String session = execute("bard@shakespeare.lit/globe", "add-user");

    Element done =
        payload(
            submit(
                "bard@shakespeare.lit/globe",
                "add-user",
                session,
                field("accountjid", "romeo@shakespeare.lit")
                    + field("password", "R0m30")
                    + field("password-verify", "R0m30")));

    assertThat(done.attribute("status")).contains("completed");
    assertThat(done.attribute("sessionid")).contains(session);
    assertThat(accounts.verify((BareJid) Jid.parse("romeo@shakespeare.lit"), "R0m30".toCharArray()))
        .isTrue();
  }

  @Test
  void addUserErrors() {
    String who = "bard@shakespeare.lit/globe";
    String mismatch = execute(who, "add-user");
    String exists = execute(who, "add-user");
    String foreign = execute(who, "add-user");

    assertThat(
            condition(
                submit(
                    who,
                    "add-user",
                    mismatch,
                    field("accountjid", "romeo@shakespeare.lit")
                        + field("password", "a")
                        + field("password-verify", "b"))))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(
            condition(
                submit(
                    who,
                    "add-user",
                    exists,
                    field("accountjid", "juliet@shakespeare.lit")
                        + field("password", "a")
                        + field("password-verify", "a"))))
        .isEqualTo(StanzaErrorCondition.CONFLICT);
    assertThat(
            condition(
                submit(
                    who,
                    "add-user",
                    foreign,
                    field("accountjid", "eve@elsewhere.net")
                        + field("password", "a")
                        + field("password-verify", "a"))))
        .isEqualTo(StanzaErrorCondition.JID_MALFORMED);
  }

  @Test
  void nonAdminsAreForbiddenAndUnknownNodesNotFound() {
    assertThat(
            condition(
                command(
                    "juliet@shakespeare.lit/balcony",
                    "action='execute' node='" + ADMIN + "add-user'",
                    "")))
        .isEqualTo(StanzaErrorCondition.FORBIDDEN);
    assertThat(
            condition(
                command(
                    "bard@shakespeare.lit/globe",
                    "action='execute' node='" + ADMIN + "restart'",
                    "")))
        .isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
  }

  @Test
  void sessionErrorsCarryTheCommandsConditions() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "delete-user");

    var badSession =
        error(submit(who, "delete-user", "nope", field("accountjids", "x@shakespeare.lit")));
    var otherRequester =
        error(
            submit(
                "bard@shakespeare.lit/other",
                "delete-user",
                session,
                field("accountjids", "x@shakespeare.lit")));
    var noForm =
        error(command(who, "node='" + ADMIN + "delete-user' sessionid='" + session + "'", ""));
    var badAction = error(command(who, "action='jump' node='" + ADMIN + "delete-user'", ""));
    clock.advance(Duration.ofMinutes(6));
    var expired =
        error(submit(who, "delete-user", session, field("accountjids", "x@shakespeare.lit")));

    assertThat(badSession.toElement().toString())
        .contains("<bad-sessionid xmlns=\"http://jabber.org/protocol/commands\"/>");
    assertThat(otherRequester.toElement().toString()).contains("bad-sessionid");
    assertThat(noForm.toElement().toString()).contains("bad-payload");
    assertThat(badAction.toElement().toString()).contains("malformed-action");
    assertThat(expired.condition()).isEqualTo(StanzaErrorCondition.NOT_ALLOWED);
    assertThat(expired.toElement().toString()).contains("session-expired");
  }

  @Test
  void cancelEndsTheSession() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "delete-user");

    Element canceled =
        payload(
            command(
                who,
                "action='cancel' node='" + ADMIN + "delete-user' sessionid='" + session + "'",
                ""));

    assertThat(canceled.attribute("status")).contains("canceled");
    assertThat(
            condition(
                submit(
                    who, "delete-user", session, field("accountjids", "juliet@shakespeare.lit"))))
        .isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    assertThat(accounts.find((BareJid) Jid.parse("juliet@shakespeare.lit"))).isPresent();
  }

  @Test
  void deleteUserDeletesAndReportsUnknownAccounts() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "delete-user");

    Element done =
        payload(
            submit(
                who,
                "delete-user",
                session,
                field("accountjids", "juliet@shakespeare.lit", "ghost@shakespeare.lit")));

    assertThat(done.toString()).contains("Deleted 1 account(s)", "ghost@shakespeare.lit");
    assertThat(accounts.find((BareJid) Jid.parse("juliet@shakespeare.lit"))).isEmpty();
  }

  @Test
  void disableUserDisablesAndClosesSessions() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "disable-user");

    payload(submit(who, "disable-user", session, field("accountjids", "juliet@shakespeare.lit")));

    assertThat(
            accounts.find((BareJid) Jid.parse("juliet@shakespeare.lit")).orElseThrow().disabled())
        .isTrue();
    assertThat(juliet.closed())
        .map(e -> e.condition())
        .contains(StreamErrorCondition.NOT_AUTHORIZED);
    assertThat(julietPhone.closed()).isPresent();
    assertThat(bard.closed()).isEmpty();
  }

  @Test
  void changeUserPassword() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "change-user-password");
    String missing = execute(who, "change-user-password");

    payload(
        submit(
            who,
            "change-user-password",
            session,
            field("accountjid", "juliet@shakespeare.lit") + field("password", "n3w")));

    assertThat(accounts.verify((BareJid) Jid.parse("juliet@shakespeare.lit"), "n3w".toCharArray()))
        .isTrue();
    assertThat(
            condition(
                submit(
                    who,
                    "change-user-password",
                    missing,
                    field("accountjid", "ghost@shakespeare.lit") + field("password", "n3w"))))
        .isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
  }

  @Test
  void onlineUsersAreListedOncePerAccount() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "get-online-users-list");

    String done =
        payload(submit(who, "get-online-users-list", session, field("max_items", "25"))).toString();

    assertThat(done)
        .contains(
            "<x xmlns=\"jabber:x:data\" type=\"result\">",
            "var=\"onlineuserjids\"",
            "<value>bard@shakespeare.lit</value><value>juliet@shakespeare.lit</value></field>");
  }

  @Test
  void announceSendsHeadlinesToAvailableSessions() {
    String who = "bard@shakespeare.lit/globe";
    String session = execute(who, "announce");

    List<Stanza> out =
        sent(
            submit(
                who,
                "announce",
                session,
                field("subject", "Maintenance")
                    + field("announcement", "Down at noon.", "Back soon.")));

    assertThat(out).hasSize(3);
    assertThat(xml(out.get(0))).contains("status=\"completed\"", "sent to 2 session(s)");
    assertThat(out.subList(1, 3))
        .extracting(s -> s.to().orElseThrow().toString())
        .containsExactlyInAnyOrder("bard@shakespeare.lit/globe", "juliet@shakespeare.lit/balcony");
    assertThat(xml(out.get(1)))
        .contains(
            "from=\"shakespeare.lit\"",
            "type=\"headline\"",
            "<subject>Maintenance</subject>",
            "<body>Down at noon.\nBack soon.</body>");
  }

  @Test
  void commandNodesDescribeThemselvesToAdminsOnly() {
    String request =
        "<iq type='get' id='i' from='%s' to='shakespeare.lit'>"
            + "<query xmlns='http://jabber.org/protocol/disco#info' node='"
            + ADMIN
            + "announce'/></iq>";

    String info =
        payload(
                context.dispatch(
                    host(request.formatted("bard@shakespeare.lit/globe"), Optional.empty()),
                    Addressing.HOST))
            .toString();
    Outcome hidden =
        context.dispatch(
            host(request.formatted("juliet@shakespeare.lit/balcony"), Optional.empty()),
            Addressing.HOST);

    assertThat(info)
        .contains("category=\"automation\" type=\"command-node\"", "var=\"jabber:x:data\"");
    assertThat(condition(hidden)).isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
