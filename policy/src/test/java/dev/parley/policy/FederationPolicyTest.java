package dev.parley.policy;

import static dev.parley.policy.PolicyDirection.Traffic.INBOUND;
import static dev.parley.policy.PolicyDirection.Traffic.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The truth table of docs/FEDERATION.md, row by row, and how entries match. */
class FederationPolicyTest {

  private static FederationPolicy policy(String defaultPolicy, String direction) {
    boolean allow = FederationPolicy.parseDefault(defaultPolicy);
    return direction.equals("none")
        ? new FederationPolicy(allow, List.of())
        : new FederationPolicy(
            allow, List.of(new PolicyException("example.com", PolicyDirection.parse(direction))));
  }

  @ParameterizedTest(name = "{0}, exception {1}: inbound {2}, outbound {3}")
  @CsvSource({
    "allow, all,      denied,  denied",
    "allow, incoming, denied,  allowed",
    "allow, outgoing, allowed, denied",
    "deny,  all,      allowed, allowed",
    "deny,  incoming, allowed, denied",
    "deny,  outgoing, denied,  allowed",
    "allow, none,     allowed, allowed",
    "deny,  none,     denied,  denied",
  })
  void everyRowOfTheTruthTable(String def, String direction, String in, String out) {
    FederationPolicy policy = policy(def, direction);
    PolicyDecision inbound = policy.decide(INBOUND, "example.com");
    PolicyDecision outbound = policy.decide(OUTBOUND, "example.com");
    assertThat(inbound.verdict()).isEqualTo(in);
    assertThat(outbound.verdict()).isEqualTo(out);
    // A domain no exception names always gets the default.
    String byDefault = def.equals("allow") ? "allowed" : "denied";
    assertThat(policy.decide(INBOUND, "other.org").verdict()).isEqualTo(byDefault);
    assertThat(policy.decide(OUTBOUND, "other.org").verdict()).isEqualTo(byDefault);
    assertThat(policy.decide(OUTBOUND, "other.org").rule()).isEmpty();
  }

  @Test
  void theDecisionNamesTheRule() {
    FederationPolicy policy = policy("deny", "incoming");
    assertThat(policy.decide(INBOUND, "example.com").ruleName())
        .isEqualTo("exception example.com (incoming)");
    assertThat(policy.decide(OUTBOUND, "example.com").ruleName()).isEqualTo("default Deny");
    assertThat(policy.decide(OUTBOUND, "example.com").explanation())
        .isEqualTo("outbound to example.com denied by the default Deny");
  }

  @Test
  void aWildcardMatchesTheDomainAndEverySubdomainButNoLookalike() {
    FederationPolicy policy =
        new FederationPolicy(
            true, List.of(new PolicyException("*.example.com", PolicyDirection.ALL)));
    assertThat(policy.allows(INBOUND, "example.com")).isFalse();
    assertThat(policy.allows(INBOUND, "somewhere.example.com")).isFalse();
    assertThat(policy.allows(INBOUND, "a.b.example.com")).isFalse();
    assertThat(policy.allows(INBOUND, "badexample.com")).isTrue();
    assertThat(policy.allows(INBOUND, "example.com.evil.org")).isTrue();
  }

  @Test
  void aHostEntryMatchesOnlyThatHost() {
    FederationPolicy policy =
        new FederationPolicy(
            true, List.of(new PolicyException("hostname.example.com", PolicyDirection.ALL)));
    assertThat(policy.allows(OUTBOUND, "hostname.example.com")).isFalse();
    assertThat(policy.allows(OUTBOUND, "example.com")).isTrue();
    assertThat(policy.allows(OUTBOUND, "x.hostname.example.com")).isTrue();
  }

  @Test
  void anExactEntryBeatsAWildcardAndALongerWildcardAShorterOne() {
    FederationPolicy policy =
        new FederationPolicy(
            false,
            List.of(
                new PolicyException("*.example.com", PolicyDirection.ALL),
                new PolicyException("*.lab.example.com", PolicyDirection.OUTGOING),
                new PolicyException("secure.lab.example.com", PolicyDirection.INCOMING)));
    // secure.lab: the exact entry covers only inbound; outbound falls to the longer wildcard.
    assertThat(policy.decide(INBOUND, "secure.lab.example.com").rule())
        .contains(new PolicyException("secure.lab.example.com", PolicyDirection.INCOMING));
    assertThat(policy.decide(OUTBOUND, "secure.lab.example.com").rule())
        .contains(new PolicyException("*.lab.example.com", PolicyDirection.OUTGOING));
    // x.lab: inbound is not covered by *.lab (outgoing only), so *.example.com decides.
    assertThat(policy.decide(INBOUND, "x.lab.example.com").rule())
        .contains(new PolicyException("*.example.com", PolicyDirection.ALL));
    assertThat(policy.decide(INBOUND, "x.lab.example.com").allowed()).isTrue();
    assertThat(policy.decide(OUTBOUND, "mail.example.com").allowed()).isTrue();
    assertThat(policy.decide(OUTBOUND, "other.org").allowed()).isFalse();
  }

  @Test
  void domainsCompareAfterCaseAndIdnaNormalization() {
    FederationPolicy policy =
        new FederationPolicy(
            true,
            List.of(
                new PolicyException("Example.COM", PolicyDirection.ALL),
                new PolicyException("*.XN--BCHER-KVA.example", PolicyDirection.INCOMING)));
    assertThat(policy.exceptions())
        .extracting(PolicyException::domain)
        .containsExactly("*.bücher.example", "example.com");
    assertThat(policy.allows(INBOUND, "EXAMPLE.com")).isFalse();
    assertThat(policy.allows(INBOUND, "example.com.")).isFalse();
    assertThat(policy.allows(INBOUND, "BÜCHER.example")).isFalse();
    assertThat(policy.allows(INBOUND, "shop.xn--bcher-kva.example")).isFalse();
    assertThat(policy.allows(OUTBOUND, "bücher.example")).isTrue();
  }

  @Test
  void badEntriesAreRefusedWithAReason() {
    assertThatThrownBy(() -> new PolicyException("a.*.example.com", PolicyDirection.ALL))
        .hasMessageContaining("only as the first label");
    assertThatThrownBy(() -> new PolicyException("user@example.com", PolicyDirection.ALL))
        .hasMessageContaining("not a domain");
    assertThatThrownBy(() -> new PolicyException(" ", PolicyDirection.ALL))
        .hasMessageContaining("not a domain");
    assertThatThrownBy(() -> PolicyDirection.parse("sideways"))
        .hasMessageContaining("use all, incoming or outgoing");
    assertThatThrownBy(() -> FederationPolicy.parseDefault("maybe"))
        .hasMessageContaining("use allow or deny");
  }

  @Test
  void editsReplaceAnEntryAndTheTextFormRoundTrips() {
    FederationPolicy policy =
        FederationPolicy.ALLOW_ALL
            .with(new PolicyException("example.com", PolicyDirection.ALL))
            .with(new PolicyException("EXAMPLE.com", PolicyDirection.OUTGOING))
            .with(new PolicyException("*.example.net", PolicyDirection.INCOMING))
            .withDefault(false);
    assertThat(policy.exceptions()).hasSize(2);
    assertThat(policy.toText()).isEqualTo("Deny; *.example.net=incoming; example.com=outgoing");
    assertThat(FederationPolicy.fromText(policy.toText())).isEqualTo(policy);
    assertThat(policy.without("Example.com").exceptions())
        .containsExactly(new PolicyException("*.example.net", PolicyDirection.INCOMING));
    assertThatThrownBy(() -> policy.without("nothing.org")).hasMessageContaining("no exception");
    assertThat(FederationPolicy.fromText("Allow")).isEqualTo(FederationPolicy.ALLOW_ALL);
    assertThat(policy.decide(INBOUND, "x.example.net").rule()).isNotEqualTo(Optional.empty());
  }
}
