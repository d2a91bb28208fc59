package dev.parley.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDecisionsTest {
  private final FederationPolicy policy =
      new FederationPolicy(
          true,
          List.of(
              new PolicyException("*.example.com", PolicyDirection.INCOMING),
              new PolicyException("evil.example", PolicyDirection.ALL)));

  @Test
  void remembersTheSameDecisionsThePolicyMakes() {
    PolicyDecisions decisions = new PolicyDecisions(policy);
    for (String domain :
        List.of("a.example.com", "EVIL.example", "evil.example", "ok.test", "example.com")) {
      for (PolicyDirection.Traffic traffic : PolicyDirection.Traffic.values()) {
        PolicyDecision first = decisions.decide(traffic, domain);
        assertThat(first).as(traffic + " " + domain).isEqualTo(policy.decide(traffic, domain));
        assertThat(decisions.decide(traffic, domain)).isSameAs(first);
      }
    }
    assertThat(decisions.decide(PolicyDirection.Traffic.INBOUND, "a.example.com").allowed())
        .isFalse();
    assertThat(decisions.decide(PolicyDirection.Traffic.OUTBOUND, "a.example.com").allowed())
        .isTrue();
    assertThat(decisions.decide(PolicyDirection.Traffic.OUTBOUND, "EVIL.example").allowed())
        .isFalse();
  }

  @Test
  void keepsABoundedNumberOfDomainsAndStillDecidesPastIt() {
    PolicyDecisions decisions = new PolicyDecisions(policy);
    int domains = PolicyDecisions.MAX_REMEMBERED + 50;
    for (int i = 0; i < domains; i++) {
      decisions.decide(PolicyDirection.Traffic.OUTBOUND, "host" + i + ".test");
    }
    assertThat(decisions.remembered()).isEqualTo(PolicyDecisions.MAX_REMEMBERED);
    assertThat(decisions.decide(PolicyDirection.Traffic.OUTBOUND, "x.evil.example").allowed())
        .isTrue();
    assertThat(decisions.decide(PolicyDirection.Traffic.OUTBOUND, "evil.example").allowed())
        .isFalse();
  }
}
