package dev.parley.policy;

import static dev.parley.policy.PolicyDirection.Traffic.INBOUND;
import static dev.parley.policy.PolicyDirection.Traffic.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What applying a policy would change. */
class PolicyDiffTest {

  private final List<PolicyDiff.LiveStream> streams =
      List.of(
          new PolicyDiff.LiveStream("in-1", INBOUND, "chat.example.org"),
          new PolicyDiff.LiveStream("out-1", OUTBOUND, "chat.example.org"),
          new PolicyDiff.LiveStream("out-2", OUTBOUND, "friends.net"));

  @Test
  void listsChangedDomainsPerDirectionAndTheStreamsThatClose() {
    FederationPolicy next =
        FederationPolicy.ALLOW_ALL.with(
            new PolicyException("*.example.org", PolicyDirection.INCOMING));
    PolicyDiff diff =
        PolicyDiff.between(FederationPolicy.ALLOW_ALL, next, streams, List.of("queued.io"));
    assertThat(diff.domains())
        .extracting(c -> c.domain() + " " + c.direction() + " " + c.after().ruleName())
        .containsExactly(
            "chat.example.org INBOUND exception *.example.org (incoming)",
            "example.org INBOUND exception *.example.org (incoming)");
    // Outbound to example.org is still allowed: the inbound stream stays, its stanzas are refused.
    assertThat(diff.closing()).isEmpty();
    PolicyDiff both =
        PolicyDiff.between(
            FederationPolicy.ALLOW_ALL,
            FederationPolicy.ALLOW_ALL.with(
                new PolicyException("*.example.org", PolicyDirection.ALL)),
            streams,
            List.of());
    assertThat(both.closing())
        .extracting(PolicyDiff.LiveStream::id)
        .containsExactly("in-1", "out-1");
  }

  @Test
  void goingBackToAllowedIsAChangeTooAndClosesNothing() {
    FederationPolicy applied = FederationPolicy.ALLOW_ALL.withDefault(false);
    FederationPolicy next = applied.with(new PolicyException("friends.net", PolicyDirection.ALL));
    PolicyDiff diff = PolicyDiff.between(applied, next, List.of(), List.of());
    assertThat(diff.domains())
        .extracting(
            c ->
                c.domain()
                    + " "
                    + c.direction()
                    + " "
                    + c.before().verdict()
                    + "->"
                    + c.after().verdict())
        .containsExactly(
            "friends.net INBOUND denied->allowed", "friends.net OUTBOUND denied->allowed");
    assertThat(diff.closing()).isEmpty();
  }

  @Test
  void noChangeNoDiff() {
    PolicyDiff diff =
        PolicyDiff.between(
            FederationPolicy.ALLOW_ALL, FederationPolicy.ALLOW_ALL, streams, List.of());
    assertThat(diff.domains()).isEmpty();
    assertThat(diff.closing()).isEmpty();
  }
}
