package dev.parley.ext.register;

import static dev.parley.ext.testing.Requests.account;
import static dev.parley.ext.testing.Requests.condition;
import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.iq;
import static dev.parley.ext.testing.Requests.payload;
import static dev.parley.ext.testing.Requests.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.InMemoryAccounts;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.Outcome;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterFeatureTest {
  private static final DomainJid DOMAIN = DomainJid.of("shakespeare.lit");
  private static final BareJid BILL = (BareJid) Jid.parse("bill@shakespeare.lit");
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final RecordingSession billSession = RecordingSession.of("bill@shakespeare.lit/globe");

  private static String set(String fields) {
    return "<iq type='set' id='reg2'><query xmlns='jabber:iq:register'>" + fields + "</query></iq>";
  }

  @Test
  void openRegistrationCreatesAnAccount() {
    RegisterFeature feature = new RegisterFeature(accounts, true);

    Outcome outcome =
        feature.registerNewAccount(
            iq(set("<username>bill</username><password>Calliope</password>")), DOMAIN);

    assertThat(reply(outcome).element().toString())
        .isEqualTo("<iq xmlns=\"jabber:client\" type=\"result\" id=\"reg2\"/>");
    assertThat(accounts.verify(BILL, "Calliope".toCharArray())).isTrue();
    assertThat(accounts.find(BILL).orElseThrow().admin()).isFalse();
  }

  @Test
  void preAuthenticationGetAnswersTheForm() {
    RegisterFeature feature = new RegisterFeature(accounts, true);

    Outcome outcome =
        feature.registerNewAccount(
            iq("<iq type='get' id='reg1'><query xmlns='jabber:iq:register'/></iq>"), DOMAIN);

    assertThat(payload(outcome)).isEqualTo(feature.registrationForm());
    assertThat(feature.registrationForm().toString())
        .contains("<username/><password/>")
        .contains("<instructions>");
  }

  @Test
  void registrationErrors() {
    accounts.with("bill@shakespeare.lit", "old", false);
    RegisterFeature feature = new RegisterFeature(accounts, true);

    assertThat(
            condition(
                feature.registerNewAccount(
                    iq(set("<username>bill</username><password>x</password>")), DOMAIN)))
        .isEqualTo(StanzaErrorCondition.CONFLICT);
    assertThat(
            condition(
                feature.registerNewAccount(iq(set("<username>ann</username><password/>")), DOMAIN)))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(
            condition(
                feature.registerNewAccount(
                    iq(set("<username>invalid</username><password>x</password>")), DOMAIN)))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    assertThat(
            condition(
                feature.registerNewAccount(
                    iq(set("<username>a b@c</username><password>x</password>")), DOMAIN)))
        .isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
  }

  @Test
  void closedRegistrationIsServiceUnavailableAndNotAdvertised() {
    RegisterFeature feature = new RegisterFeature(accounts, false);
    TestFeatureContext context = new TestFeatureContext();
    feature.register(context);

    assertThat(
            condition(
                feature.registerNewAccount(
                    iq(set("<username>bill</username><password>x</password>")), DOMAIN)))
        .isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    assertThat(accounts.find(BILL)).isEmpty();
    assertThat(context.streamFeatures).isEmpty();
    assertThat(context.serverFeatures).containsExactly("jabber:iq:register");
  }

  @Test
  void theRegistrationStreamFeatureIsLeftToTheClientStreamBeforeAuthentication() {
    // c2s offers <register/> among the pre-authentication features (XEP-0077 §3.1.1), where it
    // means something; after authentication it would not.
    TestFeatureContext context = new TestFeatureContext();
    RegisterFeature feature = new RegisterFeature(accounts, true);
    feature.register(context);

    assertThat(context.streamFeatures).isEmpty();
    assertThat(feature.registrationOpen()).isTrue();
  }

  @Test
  void aLoggedInUserSeesTheRegistrationAndChangesThePasswordEvenWhenClosed() {
    accounts.with("bill@shakespeare.lit", "old", false);
    TestFeatureContext context = new TestFeatureContext();
    new RegisterFeature(accounts, false).register(context);

    String current =
        payload(
                context.dispatch(
                    host(
                        "<iq type='get' id='r' from='bill@shakespeare.lit/globe'"
                            + " to='shakespeare.lit'><query xmlns='jabber:iq:register'/></iq>",
                        Optional.of(billSession)),
                    Addressing.HOST))
            .toString();
    Outcome change =
        context.dispatch(
            account(
                "<iq type='set' id='change1' from='bill@shakespeare.lit/globe'>"
                    + "<query xmlns='jabber:iq:register'><username>bill</username>"
                    + "<password>newpass</password></query></iq>",
                "bill@shakespeare.lit",
                Optional.of(billSession)),
            Addressing.ACCOUNT);

    assertThat(current).contains("<registered/>", "<username>bill</username>");
    assertThat(reply(change).element().attribute("type")).contains("result");
    assertThat(accounts.verify(BILL, "newpass".toCharArray())).isTrue();
  }

  @Test
  void passwordChangeErrors() {
    accounts.with("bill@shakespeare.lit", "old", false);
    TestFeatureContext context = new TestFeatureContext();
    new RegisterFeature(accounts, true).register(context);
    String template =
        "<iq type='set' id='c' from='bill@shakespeare.lit/globe'>"
            + "<query xmlns='jabber:iq:register'>%s</query></iq>";

    Outcome empty =
        context.dispatch(
            account(
                template.formatted("<username>bill</username><password/>"),
                "bill@shakespeare.lit",
                Optional.of(billSession)),
            Addressing.ACCOUNT);
    Outcome otherUser =
        context.dispatch(
            account(
                template.formatted("<username>ann</username><password>x</password>"),
                "bill@shakespeare.lit",
                Optional.of(billSession)),
            Addressing.ACCOUNT);
    Outcome remote =
        context.dispatch(
            host(
                "<iq type='set' id='c' from='eve@elsewhere.net/x' to='shakespeare.lit'>"
                    + "<query xmlns='jabber:iq:register'><username>eve</username>"
                    + "<password>x</password></query></iq>",
                Optional.empty()),
            Addressing.HOST);

    assertThat(condition(empty)).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    assertThat(condition(otherUser)).isEqualTo(StanzaErrorCondition.FORBIDDEN);
    assertThat(condition(remote)).isEqualTo(StanzaErrorCondition.FORBIDDEN);
    assertThat(accounts.verify(BILL, "old".toCharArray())).isTrue();
  }

  @Test
  void removeDeletesTheAccount() {
    accounts.with("bill@shakespeare.lit", "old", false);
    TestFeatureContext context = new TestFeatureContext();
    new RegisterFeature(accounts, false).register(context);
    String remove =
        "<iq type='set' id='unreg1' from='bill@shakespeare.lit/globe'>"
            + "<query xmlns='jabber:iq:register'>%s</query></iq>";

    Outcome notAlone =
        context.dispatch(
            account(
                remove.formatted("<remove/><username>bill</username>"),
                "bill@shakespeare.lit",
                Optional.of(billSession)),
            Addressing.ACCOUNT);
    Outcome removed =
        context.dispatch(
            account(
                remove.formatted("<remove/>"), "bill@shakespeare.lit", Optional.of(billSession)),
            Addressing.ACCOUNT);

    assertThat(condition(notAlone)).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    assertThat(reply(removed).element().toString())
        .contains("type=\"result\"", "to=\"bill@shakespeare.lit/globe\"");
    assertThat(accounts.find(BILL)).isEmpty();
  }
}
