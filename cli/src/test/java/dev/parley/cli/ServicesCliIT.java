package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.AdminFixture;
import dev.parley.admin.model.ServerStreamView;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code services}, {@code services restart} and {@code federation sessions} against a server. */
class ServicesCliIT {

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

  private Cli.Result run(String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data";
    withData[args.length + 1] = dataDir.toString();
    return Cli.run("", withData);
  }

  @Test
  void servicesShowsTheControlCenter() {
    Cli.Result result = run("services");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .first()
        .asString()
        .startsWith("NAME")
        .contains("SERVICE")
        .contains("GROUP")
        .contains("RESTART");
    assertThat(result.out())
        .contains("router      Router                              Network Services  node-1")
        .contains("federation  XMPP Federation Connection Manager  Feature Services  node-1")
        .contains("XMPP federation is off on node-1")
        .contains("no restart pending");
  }

  @Test
  void theFederationServiceCannotStartWhileFederationIsOff() {
    Cli.Result result = run("services", "restart", "federation");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("the federation service cannot start: XMPP federation is off on node-1");
    assertThat(node.federation.running("node-1", "federation")).isFalse();
  }

  @Test
  void restartingTheRouterAppliesTheChangeOnThisNode() {
    assertThat(run("federation", "enable").exitCode()).isZero();
    Cli.Result pending = run("services");
    assertThat(pending.out()).contains("pending");

    Cli.Result result = run("services", "restart", "router");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains("restarted router on node-1: running (with every other service of the node)")
        .contains("restart pending: router on node-2")
        .contains("  on node-2: parley services restart router --url <admin URL of node-2>");
    assertThat(node.federation.running("node-1", "federation")).isTrue();

    Cli.Result federation = run("services", "restart", "federation");
    assertThat(federation.exitCode()).as(federation.err()).isZero();
    assertThat(federation.out()).contains("restarted federation on node-1: running");
  }

  @Test
  void onlyRouterAndFederationCanBeRestarted() {
    Cli.Result result = run("services", "restart", "mailer");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown service 'mailer': router or federation");
  }

  @Test
  void sessionsListsServerStreamsAndClosesOne() {
    assertThat(run("federation", "sessions").out()).contains("no server streams");
    node.federation.open(stream("s2s-1", "inbound", "peer.example", "trusted"));
    node.federation.open(stream("s2s-2", "outbound", "other.example", "cert-untrusted"));

    Cli.Result table = run("federation", "sessions");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out().lines().toList().get(0))
        .isEqualTo(
            "ID     DIRECTION  LOCAL        REMOTE         TLS                             "
                + "CERTIFICATE     AUTH           SINCE                 IN/OUT  QUEUE");
    assertThat(table.out())
        .contains(
            "s2s-1  inbound    example.com  peer.example   TLSv1.3 TLS_AES_256_GCM_SHA384  "
                + "trusted         SASL EXTERNAL  2026-11-26T09:00:00Z  12/7    3")
        .contains("cert-untrusted")
        .contains("2 server streams");

    Cli.Result details = run("federation", "sessions", "--long");
    assertThat(details.out())
        .contains("  certificate subject  CN=peer.example")
        .contains("  certificate issuer   CN=Test CA")
        .contains("  certificate expiry   2027-01-01T00:00:00Z")
        .contains("  node                 node-1");

    Cli.Result close = run("federation", "sessions", "close", "s2s-1");
    assertThat(close.exitCode()).as(close.err()).isZero();
    assertThat(close.out()).contains("closed server stream s2s-1");
    assertThat(node.federation.sessions())
        .extracting(ServerStreamView::id)
        .containsExactly("s2s-2");

    Cli.Result again = run("federation", "sessions", "close", "s2s-1");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("no server stream s2s-1");
  }

  private static ServerStreamView stream(
      String id, String direction, String remote, String verdict) {
    return new ServerStreamView(
        id,
        direction,
        "example.com",
        remote,
        "node-1",
        "TLSv1.3 TLS_AES_256_GCM_SHA384",
        "CN=" + remote,
        "CN=Test CA",
        "2027-01-01T00:00:00Z",
        verdict,
        "SASL EXTERNAL",
        "2026-11-26T09:00:00Z",
        12,
        7,
        3);
  }
}
