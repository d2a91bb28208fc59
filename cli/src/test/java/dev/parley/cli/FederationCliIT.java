package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.AdminFixture;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code federation settings}, {@code federation enable|disable|nodes} against a real server. */
class FederationCliIT {

  private static final String SECRET = "piped-dialback-secret-0123456789";
  private static final String SEED_RULE =
      "certificate and SASL settings can be set only with TLS Optional or TLS Required";

  @TempDir Path dataDir;
  private AdminFixture node;

  @BeforeEach
  void start() {
    node = new AdminFixture(dataDir);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private Cli.Result run(String stdin, boolean interactive, String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data";
    withData[args.length + 1] = dataDir.toString();
    return Cli.run(stdin, interactive, withData);
  }

  private Cli.Result run(String... args) {
    return run("", false, args);
  }

  @Test
  void settingsShowsTheSettingsPageAsATable() {
    Cli.Result result = run("federation", "settings");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains("SETTING                                    VALUE")
        .contains("security mode                              No TLS")
        .contains("require client-side security certificates  no")
        .contains("SASL EXTERNAL on all incoming connections  no")
        .contains("SASL on outbound connections               no")
        .contains("dialback secret                            set")
        .contains("pinned certificates                        none")
        .contains("restart pending                            no");
  }

  @Test
  void choosingTlsRequiredShowsTheNewSettingsAndWhatToRestart() {
    Cli.Result result = run("federation", "settings", "set", "--security-mode", "tls-required");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains("federation settings saved")
        .contains("security mode                              TLS Required")
        .contains("require client-side security certificates  yes")
        .contains("restart pending                            yes")
        .contains("restart pending: router on node-1")
        .contains("  on node-1 (this node): parley services restart router");
    assertThat(node.federation.settings().securityMode()).isEqualTo("TLS_REQUIRED");

    Cli.Result webex =
        run("federation", "settings", "set", "--require-valid-certificates", "false");
    assertThat(webex.exitCode()).as(webex.err()).isZero();
    assertThat(node.federation.settings().requireValidCertificates()).isFalse();
    assertThat(node.federation.settings().saslExternalIncoming()).isTrue();

    Cli.Result shown = run("federation", "settings");
    assertThat(shown.out())
        .contains("the running services still use the previous settings:")
        .contains("parley services restart router");
  }

  @Test
  void certificateAndSaslSettingsUnderNoTlsAreRefusedWithTheSeedsRule() {
    Cli.Result result = run("federation", "settings", "set", "--sasl-external-incoming", "true");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(SEED_RULE);
    assertThat(node.federation.settings().saslExternalIncoming()).isFalse();
    assertThat(node.federation.settings().restartPending()).isFalse();
  }

  @Test
  void badUsageExitsWithTwoAndChangesNothing() {
    Cli.Result mode = run("federation", "settings", "set", "--security-mode", "tls-maybe");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err()).contains("unknown security mode 'tls-maybe'").contains("no-tls");
    Cli.Result nothing = run("federation", "settings", "set");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to change");
    Cli.Result flag = run("federation", "settings", "set", "--sasl-external-outbound", "perhaps");
    assertThat(flag.exitCode()).isEqualTo(2);
    assertThat(run("federation").exitCode()).isEqualTo(2);
    assertThat(node.federation.settings().restartPending()).isFalse();
  }

  @Test
  void theDialbackSecretIsReadFromStdinAndNeverPrinted() {
    Cli.Result result =
        run(SECRET + "\n", false, "federation", "settings", "set", "--dialback-secret-stdin");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(node.federation.dialbackSecret()).isEqualTo(SECRET);
    assertThat(result.out() + result.err()).doesNotContain(SECRET);
    assertThat(result.out()).contains("dialback secret                            set");

    Cli.Result none = run("", false, "federation", "settings", "set", "--dialback-secret-stdin");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("no dialback secret given");

    Cli.Result tooShort =
        run("short\n", false, "federation", "settings", "set", "--dialback-secret-stdin");
    assertThat(tooShort.exitCode()).isEqualTo(1);
    assertThat(tooShort.err()).contains("at least 16 characters").doesNotContain("short");
    assertThat(node.federation.dialbackSecret()).isEqualTo(SECRET);
  }

  @Test
  void onATerminalTheSecretIsAskedTwice() {
    Cli.Result mismatch =
        run(
            SECRET + "\nsomething-else-entirely\n",
            true,
            "federation",
            "settings",
            "set",
            "--dialback-secret-stdin");
    assertThat(mismatch.exitCode()).isEqualTo(1);
    assertThat(mismatch.err()).contains("do not match");
    assertThat(node.federation.dialbackSecret()).isNotEqualTo(SECRET);

    Cli.Result match =
        run(
            SECRET + "\n" + SECRET + "\n",
            true,
            "federation",
            "settings",
            "set",
            "--dialback-secret-stdin");
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(node.federation.dialbackSecret()).isEqualTo(SECRET);
    assertThat(match.out() + match.err()).doesNotContain(SECRET);
  }

  @Test
  void pinsAreAddedNormalizedAndRemoved() {
    String colons = String.join(":", Collections.nCopies(32, "AB"));
    Cli.Result pin =
        run(
            "federation",
            "settings",
            "set",
            "--security-mode",
            "tls-required",
            "--pin",
            "Peer.Example=" + colons,
            "--pin",
            "other.example=" + "cd".repeat(32));
    assertThat(pin.exitCode()).as(pin.err()).isZero();
    assertThat(node.federation.settings().pinnedCertificates())
        .containsEntry("peer.example", "ab".repeat(32))
        .containsEntry("other.example", "cd".repeat(32));
    assertThat(pin.out())
        .contains("pinned certificate")
        .contains("peer.example " + "ab".repeat(32));

    Cli.Result unpin = run("federation", "settings", "set", "--unpin", "peer.example");
    assertThat(unpin.exitCode()).as(unpin.err()).isZero();
    assertThat(node.federation.settings().pinnedCertificates()).containsOnlyKeys("other.example");

    Cli.Result absent = run("federation", "settings", "set", "--unpin", "peer.example");
    assertThat(absent.exitCode()).isEqualTo(1);
    assertThat(absent.err()).contains("peer.example has no pinned certificate");

    Cli.Result bad = run("federation", "settings", "set", "--pin", "bad.example=1234");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("bad.example").contains("SHA-256");
  }

  @Test
  void enableDefaultsToThisNodeAndNamesEveryRouterToRestart() {
    Cli.Result result = run("federation", "enable");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains("XMPP federation is on for node-1 (federation service: stopped)")
        .contains("restart pending: router on node-1, federation on node-1, router on node-2")
        .contains("  on node-1 (this node): parley services restart router")
        .contains("  on node-2: parley services restart router --url <admin URL of node-2>");
    assertThat(node.federation.nodes().get(0).enabled()).isTrue();

    Cli.Result off = run("federation", "disable", "--node", "node-2");
    assertThat(off.exitCode()).as(off.err()).isZero();
    assertThat(off.out()).contains("XMPP federation is off for node-2");

    Cli.Result nodes = run("federation", "nodes");
    assertThat(nodes.out().lines())
        .contains("NODE    XMPP FEDERATION  SERVICE  LISTENERS")
        .contains("node-1  on               stopped  -")
        .contains("node-2  off              stopped  -");

    Cli.Result unknown = run("federation", "enable", "--node", "node-9");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no node node-9");
  }
}
