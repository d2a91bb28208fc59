package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.PolicyFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code federation policy ...} against a real admin server with the policy resource. */
class PolicyCliIT {

  @TempDir Path dataDir;
  private PolicyFixture node;

  @BeforeEach
  void start() throws Exception {
    node = new PolicyFixture(dataDir);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private Cli.Result run(String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data";
    withData[args.length + 1] = dataDir.toString();
    Cli.Result result = Cli.run("", withData);
    return result;
  }

  private Cli.Result ok(String... args) {
    Cli.Result result = run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  @Test
  void showsTheInitialPolicy() {
    assertThat(ok("federation", "policy", "show").out().lines())
        .containsExactly("default policy: Allow (revision 0)", "exceptions: none");
  }

  @Test
  void setDefaultAndExceptionsSaveAndSayARestartIsPending() {
    assertThat(ok("federation", "policy", "set-default", "deny").out())
        .contains("federation policy saved")
        .contains("default policy: Deny (revision 1)")
        .contains("restart pending: this node enforces revision 0");
    Cli.Result added =
        ok("federation", "policy", "add-exception", "partner.com", "--direction", "incoming");
    assertThat(added.out().lines())
        .contains("EXCEPTION    DIRECTION")
        .contains("partner.com  only incoming packets from it");
    assertThat(node.policy.policy().exceptions()).hasSize(1);

    Cli.Result removed = ok("federation", "policy", "remove-exception", "partner.com");
    assertThat(removed.out()).contains("exceptions: none");

    node.policy.applyNow();
    assertThat(ok("federation", "policy", "show").out()).doesNotContain("restart pending");

    Cli.Result history = ok("federation", "policy", "history");
    assertThat(history.out().lines().findFirst().orElseThrow())
        .startsWith("REVISION  WHEN")
        .contains("BEFORE")
        .contains("AFTER");
    assertThat(history.out())
        .contains("removed exception partner.com")
        .contains("token")
        .contains("Allow");
  }

  @Test
  void checkPrintsTheVerdictAndTheRule() {
    ok("federation", "policy", "add-exception", "partner.com");
    Cli.Result check =
        ok("federation", "policy", "check", "--direction", "out", "--domain", "partner.com");
    assertThat(check.out().lines())
        .containsExactly(
            "denied: partner.com denied by the exception partner.com (all)",
            "rule: exception partner.com (all)");
  }

  @Test
  void diffListsDomainsAndStreamsToClose() {
    Cli.Result empty = ok("federation", "policy", "diff");
    assertThat(empty.out()).contains("no domain changes verdict").contains("no live server stream");
    ok("federation", "policy", "add-exception", "blocked.org");
    Cli.Result diff = ok("federation", "policy", "diff");
    assertThat(diff.out())
        .contains("applied revision 0, stored revision 1")
        .contains("live server streams that will be closed with policy-violation:");
    assertThat(diff.out().lines())
        .anyMatch(l -> l.startsWith("blocked.org") && l.contains("allowed") && l.contains("denied"))
        .anyMatch(l -> l.startsWith("s2s-7") && l.contains("inbound"));
  }

  @Test
  void badInputGivesTheServersReasonAndExitCodeOne() {
    Cli.Result bad = run("federation", "policy", "set-default", "maybe");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("use allow or deny");
    Cli.Result missing = run("federation", "policy", "remove-exception", "nothing.org");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no exception for nothing.org");
    Cli.Result usage = run("federation", "policy", "check", "--domain", "a.org");
    assertThat(usage.exitCode()).isEqualTo(2);
  }
}
