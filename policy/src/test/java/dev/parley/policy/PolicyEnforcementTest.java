package dev.parley.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three edges (admission, inbound stanzas, outbound stanzas) under one applied policy. */
class PolicyEnforcementTest {

  private static final Jid ALICE = Jid.parse("alice@parley.test/desk");
  private static final Jid BOB = Jid.parse("bob@blocked.org/phone");
  private static final Jid CAROL = Jid.parse("carol@listen.org/phone");

  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final RecordingRouter router = new RecordingRouter();
  private final List<Stanza> sent = new ArrayList<>();
  private final DomainService wire = sent::add;

  /** Allow by default; blocked.org denied both ways; listen.org only inbound denied. */
  private final PolicyEnforcement enforcement =
      new PolicyEnforcement(
          new StoredPolicy(
              FederationPolicy.ALLOW_ALL
                  .with(new PolicyException("blocked.org", PolicyDirection.ALL))
                  .with(new PolicyException("*.listen.org", PolicyDirection.INCOMING)),
              3),
          new PolicyDenials(metrics));

  private final DomainService outbound = enforcement.outbound(wire, router);
  private final Router inbound = enforcement.inbound(router);

  private double denied(String rule, String domain, String direction) {
    return metrics
        .get(PolicyDenials.METRIC)
        .tag("rule", rule)
        .tag("domain", domain)
        .tag("direction", direction)
        .counters()
        .stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private static void assertPolicyViolation(Stanza error, Jid to, String domain) {
    assertThat(error.isError()).isTrue();
    assertThat(error.to()).contains(to);
    StanzaError parsed = StanzaError.from(error.element()).orElseThrow();
    assertThat(parsed.condition()).isEqualTo(StanzaErrorCondition.POLICY_VIOLATION);
    assertThat(parsed.text().orElseThrow()).contains(domain);
    Element child = error.element().child("error", Namespaces.CLIENT).orElseThrow();
    assertThat(child.child("policy-denied", Namespaces.PARLEY_ERRORS)).isPresent();
  }

  @Test
  void anAllowedStanzaLeavesUnchanged() {
    Message message = Message.chat(ALICE, Jid.parse("dave@friends.net"), "hi");
    outbound.accept(message);
    assertThat(sent).containsExactly(message);
    assertThat(router.routed).isEmpty();
  }

  @Test
  void aDeniedOutboundStanzaComesBackToItsSenderAsPolicyViolation() {
    outbound.accept(Message.chat(ALICE, BOB, "hi"));
    outbound.accept(
        Presence.of(PresenceType.SUBSCRIBE, Optional.of(ALICE.bare()), Optional.of(BOB.bare())));
    outbound.accept(
        Presence.of(PresenceType.PROBE, Optional.of(ALICE.bare()), Optional.of(BOB.bare())));
    assertThat(sent).isEmpty();
    assertThat(router.routed).hasSize(3);
    assertPolicyViolation(router.routed.get(0), ALICE, "blocked.org");
    assertPolicyViolation(router.routed.get(1), ALICE.bare(), "blocked.org");
    assertThat(StanzaError.from(router.routed.get(0).element()).orElseThrow().text().orElseThrow())
        .isEqualTo(
            "the federation policy denies sending to blocked.org (exception blocked.org (all))");
    assertThat(denied("exception blocked.org (all)", "blocked.org", "out")).isEqualTo(3);
  }

  @Test
  void aDeniedOutboundErrorIsDroppedNeverAnsweredWithAnError() {
    Message original = Message.chat(BOB, ALICE, "hi");
    Stanza error =
        StanzaParser.errorReply(original, StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND));
    outbound.accept(error);
    assertThat(sent).isEmpty();
    assertThat(router.routed).isEmpty();
    assertThat(denied("exception blocked.org (all)", "blocked.org", "out")).isEqualTo(1);
  }

  @Test
  void inboundFromADomainThatMayStillBeAnsweredIsRefusedWithAnError() {
    Iq query =
        Iq.request(
            IqType.GET, "v1", Optional.of(CAROL), ALICE, Element.of("query", "jabber:iq:version"));
    inbound.route(query);
    inbound.route(Message.chat(CAROL, ALICE, "hello"));
    assertThat(router.routed).hasSize(2);
    assertPolicyViolation(router.routed.get(0), CAROL, "listen.org");
    assertThat(router.routed.get(0).id()).contains("v1");
    assertThat(denied("exception *.listen.org (incoming)", "listen.org", "in")).isEqualTo(2);
  }

  @Test
  void inboundFromADomainWeMayNotSendToIsDroppedWithoutAnAnswer() {
    inbound.route(Message.chat(BOB, ALICE, "hello"));
    Iq result =
        Iq.request(IqType.GET, "r1", Optional.of(ALICE), BOB, Element.of("ping", "urn:xmpp:ping"))
            .emptyResult();
    inbound.route(result);
    inbound.route(
        Presence.of(PresenceType.SUBSCRIBED, Optional.of(BOB.bare()), Optional.of(ALICE.bare())));
    assertThat(router.routed).isEmpty();
    assertThat(denied("exception blocked.org (all)", "blocked.org", "in")).isEqualTo(3);
  }

  @Test
  void aBounceTheFederationServiceMadeForALocalSenderStillReachesIt() {
    Stanza bounce =
        StanzaParser.errorReply(
            Message.chat(ALICE, CAROL, "hi"),
            StanzaError.of(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, "no SRV")
                .withReason("dns-nxdomain"));
    inbound.route(bounce);
    assertThat(router.routed).containsExactly(bounce);
  }

  @Test
  void admissionRefusesADomainDeniedBothWaysAndCountsTheStream() {
    assertThat(enforcement.refuseInbound("blocked.org").orElseThrow().ruleName())
        .isEqualTo("exception blocked.org (all)");
    // Inbound denied, outbound allowed: admitted (the stream carries dialback verification of our
    // outbound streams); its stanzas are refused one by one.
    assertThat(enforcement.refuseInbound("chat.listen.org")).isEmpty();
    assertThat(enforcement.refuseInbound("friends.net")).isEmpty();
    assertThat(metrics.get(PolicyDenials.METRIC).tag("unit", "stream").counters()).hasSize(1);
  }

  @Test
  void applyingAnotherPolicyChangesEveryEdgeAtOnce() {
    enforcement.apply(StoredPolicy.INITIAL);
    outbound.accept(Message.chat(ALICE, BOB, "now allowed"));
    inbound.route(Message.chat(BOB, ALICE, "and back"));
    assertThat(sent).hasSize(1);
    assertThat(router.routed).hasSize(1);
    assertThat(router.routed.get(0).isError()).isFalse();
    assertThat(enforcement.applied().revision()).isZero();
  }
}
