package dev.parley.ext.disco;

import static dev.parley.ext.testing.Requests.account;
import static dev.parley.ext.testing.Requests.condition;
import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.payload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.ping.PingFeature;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.DiscoIdentity;
import dev.parley.server.ServerInfo;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoFeatureTest {
  private static final ServerInfo INFO =
      new ServerInfo("Parley", "1.0", "node1", Set.of(DomainJid.of("example.com")));
  private final TestFeatureContext context = new TestFeatureContext();
  private final List<DiscoItem> hostItems = new ArrayList<>();

  private void registerDisco(List<DiscoNodeProvider> nodes) {
    new DiscoFeature(
            INFO, List.of(new DiscoIdentity("pubsub", "pep", null)), () -> hostItems, nodes)
        .register(context);
  }

  @Test
  void serverInfoListsIdentityAndFeaturesRegisteredEvenAfterDisco() {
    registerDisco(List.of());
    new PingFeature().register(context);

    Element query =
        payload(
            context.dispatch(
                host(
                    "<iq type='get' id='d1' from='juliet@example.com/balcony' to='example.com'>"
                        + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>",
                    Optional.empty()),
                Addressing.HOST));

    assertThat(query.toString())
        .contains(
            "<identity category=\"server\" type=\"im\" name=\"Parley\"/>",
            "<identity category=\"pubsub\" type=\"pep\"/>",
            "<feature var=\"http://jabber.org/protocol/disco#info\"/>",
            "<feature var=\"http://jabber.org/protocol/disco#items\"/>",
            "<feature var=\"urn:xmpp:ping\"/>");
  }

  @Test
  void unknownNodeIsItemNotFound() {
    registerDisco(List.of());
    String xml =
        "<iq type='get' id='d2' from='juliet@example.com/balcony' to='example.com'>"
            + "<query xmlns='http://jabber.org/protocol/disco#%s' node='nope'/></iq>";

    assertThat(
            condition(
                context.dispatch(host(xml.formatted("info"), Optional.empty()), Addressing.HOST)))
        .isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
    assertThat(
            condition(
                context.dispatch(host(xml.formatted("items"), Optional.empty()), Addressing.HOST)))
        .isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
  }

  @Test
  void serverItemsComeFromTheSupplierAtRequestTime() {
    registerDisco(List.of());
    String xml =
        "<iq type='get' id='d3' from='juliet@example.com/balcony' to='example.com'>"
            + "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>";
    assertThat(payload(context.dispatch(host(xml, Optional.empty()), Addressing.HOST)).elements())
        .isEmpty();

    hostItems.add(DiscoItem.of(Jid.parse("conference.example.com")));

    assertThat(payload(context.dispatch(host(xml, Optional.empty()), Addressing.HOST)).toString())
        .isEqualTo(
            "<query xmlns=\"http://jabber.org/protocol/disco#items\">"
                + "<item jid=\"conference.example.com\"/></query>");
  }

  @Test
  void nodeProvidersAnswerTheirNodes() {
    DiscoNodeProvider provider =
        new DiscoNodeProvider() {
          @Override
          public Optional<DiscoInfo> info(Jid entity, String node, Jid requester) {
            return node.equals("mine")
                ? Optional.of(
                    new DiscoInfo(
                        List.of(new DiscoIdentity("automation", "command-list", "C")), Set.of("x")))
                : Optional.empty();
          }

          @Override
          public Optional<List<DiscoItem>> items(Jid entity, String node, Jid requester) {
            return node.equals("mine")
                ? Optional.of(List.of(DiscoItem.node(entity, "mine#a", "A")))
                : Optional.empty();
          }
        };
    registerDisco(List.of(provider));

    Element items =
        payload(
            context.dispatch(
                host(
                    "<iq type='get' id='d4' from='juliet@example.com/balcony' to='example.com'>"
                        + "<query xmlns='http://jabber.org/protocol/disco#items' node='mine'/></iq>",
                    Optional.empty()),
                Addressing.HOST));
    Element info =
        payload(
            context.dispatch(
                host(
                    "<iq type='get' id='d5' from='juliet@example.com/balcony' to='example.com'>"
                        + "<query xmlns='http://jabber.org/protocol/disco#info' node='mine'/></iq>",
                    Optional.empty()),
                Addressing.HOST));

    assertThat(items.toString())
        .isEqualTo(
            "<query xmlns=\"http://jabber.org/protocol/disco#items\" node=\"mine\">"
                + "<item jid=\"example.com\" node=\"mine#a\" name=\"A\"/></query>");
    assertThat(info.attribute("node")).contains("mine");
    assertThat(info.toString()).contains("<feature var=\"x\"/>");
  }

  @Test
  void accountInfoAnswersTheAccountAndLocalUsers() {
    registerDisco(List.of());
    new PingFeature().register(context);
    RecordingSession juliet = RecordingSession.of("juliet@example.com/balcony");

    Element own =
        payload(
            context.dispatch(
                account(
                    "<iq type='get' id='a1' from='juliet@example.com/balcony'>"
                        + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>",
                    "juliet@example.com",
                    Optional.of(juliet)),
                Addressing.ACCOUNT));
    Element local =
        payload(
            context.dispatch(
                account(
                    "<iq type='get' id='a2' from='romeo@example.com/x' to='juliet@example.com'>"
                        + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>",
                    "juliet@example.com",
                    Optional.empty()),
                Addressing.ACCOUNT));

    assertThat(own.toString())
        .contains(
            "<identity category=\"account\" type=\"registered\"/>",
            "<feature var=\"urn:xmpp:ping\"/>");
    assertThat(local).isEqualTo(own);
  }

  @Test
  void accountInfoIsServiceUnavailableToRemoteEntities() {
    registerDisco(List.of());

    var outcome =
        context.dispatch(
            account(
                "<iq type='get' id='a3' from='spy@elsewhere.net/x' to='juliet@example.com'>"
                    + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>",
                "juliet@example.com",
                Optional.empty()),
            Addressing.ACCOUNT);

    assertThat(condition(outcome)).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
  }

  @Test
  void accountNodeIsItemNotFound() {
    registerDisco(List.of());

    var outcome =
        context.dispatch(
            account(
                "<iq type='get' id='a4' from='juliet@example.com/balcony'>"
                    + "<query xmlns='http://jabber.org/protocol/disco#items' node='x'/></iq>",
                "juliet@example.com",
                Optional.empty()),
            Addressing.ACCOUNT);

    assertThat(condition(outcome)).isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
  }
}
