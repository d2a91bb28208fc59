package dev.parley.federation;

import static dev.parley.federation.PolicyDirection.Traffic.INBOUND;
import static dev.parley.federation.PolicyDirection.Traffic.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FederationPolicyTest {

  /** Every row of the truth table in docs/FEDERATION.md. */
  @ParameterizedTest(name = "default {0}, exception {1}: inbound {2}, outbound {3}")
  @CsvSource({
    "ALLOW, ALL,      denied,  denied",
    "ALLOW, INCOMING, denied,  allowed",
    "ALLOW, OUTGOING, allowed, denied",
    "DENY,  ALL,      allowed, allowed",
    "DENY,  INCOMING, allowed, denied",
    "DENY,  OUTGOING, denied,  allowed",
    "ALLOW, NONE,     allowed, allowed",
    "DENY,  NONE,     denied,  denied"
  })
  void truthTable(String defaultPolicy, String exception, String inbound, String outbound) {
    List<PolicyException> exceptions =
        exception.equals("NONE")
            ? List.of(new PolicyException("other.example", PolicyDirection.ALL))
            : List.of(new PolicyException("example.com", PolicyDirection.valueOf(exception)));
    FederationPolicy policy = new FederationPolicy(defaultPolicy.equals("ALLOW"), exceptions);
    assertThat(policy.allows(INBOUND, "example.com")).isEqualTo(inbound.equals("allowed"));
    assertThat(policy.allows(OUTBOUND, "example.com")).isEqualTo(outbound.equals("allowed"));
  }

  @Test
  void aWildcardCoversTheDomainAndEverySubdomainButNotLookalikes() {
    FederationPolicy policy =
        new FederationPolicy(
            true, List.of(new PolicyException("*.example.com", PolicyDirection.ALL)));
    assertThat(policy.allows(OUTBOUND, "example.com")).isFalse();
    assertThat(policy.allows(OUTBOUND, "somewhere.example.com")).isFalse();
    assertThat(policy.allows(OUTBOUND, "a.b.example.com")).isFalse();
    assertThat(policy.allows(OUTBOUND, "badexample.com")).isTrue();
    assertThat(policy.allows(OUTBOUND, "example.com.evil.test")).isTrue();
  }

  @Test
  void aHostEntryMatchesOnlyThatHost() {
    FederationPolicy policy =
        new FederationPolicy(
            false, List.of(new PolicyException("hostname.example.com", PolicyDirection.ALL)));
    assertThat(policy.allows(INBOUND, "hostname.example.com")).isTrue();
    assertThat(policy.allows(INBOUND, "example.com")).isFalse();
    assertThat(policy.allows(INBOUND, "other.example.com")).isFalse();
  }

  @Test
  void anExactEntryWinsOverAWildcardAndALongerWildcardOverAShorterOne() {
    FederationPolicy policy =
        new FederationPolicy(
            true,
            List.of(
                new PolicyException("*.example.com", PolicyDirection.ALL),
                new PolicyException("*.partner.example.com", PolicyDirection.INCOMING),
                new PolicyException("trusted.partner.example.com", PolicyDirection.OUTGOING)));
    FederationPolicy.Verdict exact = policy.decide(OUTBOUND, "trusted.partner.example.com");
    assertThat(exact.rule().orElseThrow().domain()).isEqualTo("trusted.partner.example.com");
    FederationPolicy.Verdict longer = policy.decide(INBOUND, "x.partner.example.com");
    assertThat(longer.rule().orElseThrow().domain()).isEqualTo("*.partner.example.com");
    FederationPolicy.Verdict shorter = policy.decide(OUTBOUND, "x.partner.example.com");
    assertThat(shorter.rule().orElseThrow().domain()).isEqualTo("*.example.com");
    assertThat(shorter.explanation())
        .contains("outbound to x.partner.example.com denied")
        .contains("*.example.com");
  }

  @Test
  void domainsCompareCaseInsensitivelyAndAfterIdna() {
    FederationPolicy policy =
        new FederationPolicy(
            true,
            List.of(
                new PolicyException("EXAMPLE.com", PolicyDirection.ALL),
                new PolicyException("*.bücher.example", PolicyDirection.ALL)));
    assertThat(policy.allows(INBOUND, "Example.COM")).isFalse();
    assertThat(policy.allows(INBOUND, "xn--bcher-kva.example")).isFalse();
    assertThat(policy.allows(INBOUND, "shop.BÜCHER.example")).isFalse();
    assertThat(policy.decide(INBOUND, "other.example").explanation())
        .contains("default policy Allow");
  }

  @Test
  void malformedEntriesAreRefused() {
    assertThatThrownBy(() -> new PolicyException("a.*.example.com", PolicyDirection.ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first label");
    assertThatThrownBy(() -> new PolicyException("", PolicyDirection.ALL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
