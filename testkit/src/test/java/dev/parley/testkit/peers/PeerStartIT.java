package dev.parley.testkit.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each peer starts in each security mode with a MUC service, takes a new account, answers client
 * and server stream headers with the features that mode implies, and leaves no process behind when
 * closed.
 */
class PeerStartIT {

  private static final System.Logger LOG = System.getLogger(PeerStartIT.class.getName());
  static final Path LOGS = Path.of("target", "peer-logs");

  @TempDir static Path certificates;
  private static TestCertificates ca;

  @BeforeAll
  static void createCa() {
    ca = new TestCertificates(certificates);
  }

  static Stream<Arguments> peersAndModes() {
    List<Arguments> cases = new ArrayList<>();
    for (PeerKind kind : PeerKind.values()) {
      for (SecurityMode mode : SecurityMode.values()) {
        cases.add(Arguments.of(kind, mode));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("peersAndModes")
  void startsRegistersAnswersAndStopsCleanly(PeerKind kind, SecurityMode mode) throws Exception {
    String domain = kind.domain();
    PeerConfig.Builder builder =
        PeerConfig.builder(domain)
            // Its own address per case, and ports clear of the defaults other tests may use.
            .address("127.0.0." + (40 + kind.ordinal() * 3 + mode.ordinal()))
            .c2sPort(25222)
            .s2sPort(25269)
            .httpPort(25280)
            .mode(mode)
            .muc(true)
            .logDirectory(LOGS)
            .startTimeout(Duration.ofSeconds(30));
    if (mode.usesTls()) {
      builder.tls(ca.forDomain(domain));
    }
    PeerConfig config = builder.build();
    long begin = System.nanoTime();
    List<ProcessHandle> family;
    Path directory;
    try (XmppPeer peer = kind.start(config)) {
      LOG.log(
          System.Logger.Level.INFO,
          "{0} in {1} started in {2} ms",
          peer.software(),
          mode,
          Duration.ofNanos(System.nanoTime() - begin).toMillis());
      family = PeerDiagnostics.family(peer);
      directory = peer.directory();
      PeerDiagnostics.withLogs(List.of(peer), () -> checkPeer(peer, mode));
    }
    assertThat(family).as("processes left after close()").noneMatch(ProcessHandle::isAlive);
    assertThat(directory).doesNotExist();
  }

  private static void checkPeer(XmppPeer peer, SecurityMode mode) throws Exception {
    PeerConfig config = peer.config();
    String domain = config.domain().domain();
    assertThat(peer.register("alice", "secret")).isEqualTo(BareJid.of("alice", domain));
    assertThat(Files.exists(peer.logFile())).as("log file " + peer.logFile()).isTrue();

    String client = StreamProbe.client(config.c2sAddress(), domain);
    assertThat(client)
        .contains("<stream:stream")
        .containsPattern("from=['\"]" + Pattern.quote(domain) + "['\"]")
        .contains("</stream:features>");
    if (mode.usesTls()) {
      assertThat(client).contains("urn:ietf:params:xml:ns:xmpp-tls");
    } else {
      assertThat(client).doesNotContain("urn:ietf:params:xml:ns:xmpp-tls");
    }
    assertThat(StreamProbe.plainLogin(config.c2sAddress(), domain, "alice", "secret"))
        .as("PLAIN login of the new account without TLS")
        .contains("<success");

    String muc = config.mucDomain().orElseThrow().domain();
    assertThat(StreamProbe.server(config.s2sAddress(), "parley.test", muc))
        .as("the MUC service answers server streams to " + muc)
        .containsPattern("from=['\"]" + Pattern.quote(muc) + "['\"]");

    String server = StreamProbe.server(config.s2sAddress(), "parley.test", domain);
    assertThat(server).contains("<stream:stream").contains("jabber:server");
    switch (mode) {
      case NO_TLS -> assertThat(server).doesNotContain("urn:ietf:params:xml:ns:xmpp-tls");
      case TLS_OPTIONAL ->
          assertThat(server).contains("urn:ietf:params:xml:ns:xmpp-tls").doesNotContain("required");
      case TLS_REQUIRED -> assertThat(server).contains("urn:ietf:params:xml:ns:xmpp-tls");
    }
  }
}
