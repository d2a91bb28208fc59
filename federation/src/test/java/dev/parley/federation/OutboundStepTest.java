package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbound decisions after SASL and dialback answers (XEP-0178, XEP-0220 §2.4). */
class OutboundStepTest {

  private static Element saslFailure() {
    return Element.builder("failure", Namespaces.SASL)
        .child("not-authorized", Namespaces.SASL)
        .build();
  }

  @Test
  void aRefusedSaslExternalFallsBackToDialbackOnlyWhenThePeerOffersIt() {
    assertThat(OutboundStep.afterSaslAnswer(saslFailure(), true, "b.test"))
        .isInstanceOf(OutboundStep.Dialback.class);

    OutboundStep step = OutboundStep.afterSaslAnswer(saslFailure(), false, "b.test");
    assertThat(step).isInstanceOf(OutboundStep.Fail.class);
    FederationFailure failure = ((OutboundStep.Fail) step).failure();
    assertThat(failure.reason()).isEqualTo("sasl-failed");
    assertThat(failure.condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT);
    assertThat(failure.text()).contains("b.test", "not-authorized", "no dialback");
  }

  @Test
  void saslSuccessRestartsTheStream() {
    assertThat(
            OutboundStep.afterSaslAnswer(Element.of("success", Namespaces.SASL), false, "b.test"))
        .isInstanceOf(OutboundStep.Restart.class);
  }

  @Test
  void dialbackErrorsKeepTheirCondition() {
    Element answer =
        ServerNamespaces.resultAnswer(
            "b.test", "a.test", DialbackVerdict.Error.of("item-not-found"));
    // The answer as the peer would send it, read back.
    assertThat(DialbackVerdict.read(answer))
        .isEqualTo(new DialbackVerdict.Error("item-not-found", "cancel"));

    OutboundStep step = OutboundStep.afterDialbackResult(answer, "b.test");
    FederationFailure failure = ((OutboundStep.Fail) step).failure();
    assertThat(failure.reason()).isEqualTo("dialback-error");
    assertThat(failure.condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND);
    assertThat(failure.text()).contains("item-not-found");

    Element timeout =
        ServerNamespaces.resultAnswer(
            "b.test", "a.test", DialbackVerdict.Error.of("remote-connection-failed"));
    FederationFailure unreachable =
        ((OutboundStep.Fail) OutboundStep.afterDialbackResult(timeout, "b.test")).failure();
    assertThat(unreachable.condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT);
    assertThat(unreachable.text()).contains("remote-connection-failed");
  }

  @Test
  void validAndInvalidDialbackAnswers() {
    assertThat(
            OutboundStep.afterDialbackResult(
                ServerNamespaces.resultAnswer("b.test", "a.test", new DialbackVerdict.Valid()),
                "b.test"))
        .isInstanceOf(OutboundStep.Established.class);
    OutboundStep invalid =
        OutboundStep.afterDialbackResult(
            ServerNamespaces.resultAnswer("b.test", "a.test", new DialbackVerdict.Invalid()),
            "b.test");
    assertThat(((OutboundStep.Fail) invalid).failure().reason()).isEqualTo("dialback-failed");
  }

  @Test
  void verifyAnswersCarryTheErrorElement() {
    Element answer =
        ServerNamespaces.verifyAnswer(
            "a.test", "b.test", "id1", DialbackVerdict.Error.of("remote-server-timeout"));
    assertThat(answer.attributes()).containsAllEntriesOf(Map.of("type", "error", "id", "id1"));
    Element error = answer.elements().get(0);
    assertThat(error.attribute("type")).contains("wait");
    assertThat(error.elements().get(0).name()).isEqualTo("remote-server-timeout");
  }

  @Test
  void unreachableAuthoritativeServersMapToXep0220Conditions() {
    assertThat(FederationFailure.notFound("dns-nxdomain", "x").dialbackCondition())
        .isEqualTo("remote-server-not-found");
    assertThat(FederationFailure.notFound("tcp-refused", "x").dialbackCondition())
        .isEqualTo("remote-connection-failed");
    assertThat(FederationFailure.timeout("tls-unavailable", "x").dialbackCondition())
        .isEqualTo("remote-server-timeout");
  }
}
