package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bench.selftest.EchoEndpoint;
import dev.parley.protocol.Element;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Netty load client against the in-process echo endpoint: STARTTLS with the run's CA (OpenSSL),
 * SCRAM-SHA-1 at 4,096 iterations, bind, presence, then a message from one client to another.
 */
class LoadClientIT {
  private static final String DOMAIN = "bench.test";
  private static final String PASSWORD = "load-secret";

  private EchoEndpoint echo;
  private ClientSettings settings;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final MessageSink sink =
      new MessageSink() {
        @Override
        public void message(int client, Element message) {
          received.add(client + ":" + message.childText("body", "jabber:client").orElse("?"));
        }

        @Override
        public void disconnected(int client, Exception cause) {
          received.add(client + ":disconnected " + cause.getMessage());
        }
      };

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("Load client IT CA");
    Path caPem = ca.writeCaTo(dir.resolve("ca.pem"));
    echo = EchoEndpoint.start(DOMAIN, "127.0.0.1", ca.issue(DOMAIN), PASSWORD, 4096);
    settings =
        new ClientSettings(
            echo.c2s(),
            TlsPolicy.REQUIRED,
            Trust.context(Optional.of(caPem)),
            "SCRAM-SHA-1",
            "load",
            Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    echo.close();
  }

  @Test
  void logsInOverStartTlsAndScramAndReceivesAMessage() throws Exception {
    try (LoadClient alice = LoadClient.connect(settings, 0, "alice", PASSWORD, sink);
        LoadClient bob = LoadClient.connect(settings, 1, "bob", PASSWORD, sink)) {
      assertThat(alice.jid()).isEqualTo("alice@bench.test/load");
      assertThat(bob.jid()).isEqualTo("bob@bench.test/load");

      for (int i = 0; i < 3; i++) {
        alice.send("<message to='bob@bench.test' type='chat'><body>hi " + i + "</body></message>");
      }

      assertThat(List.of(poll(), poll(), poll())).containsExactly("1:hi 0", "1:hi 1", "1:hi 2");
    }
  }

  @Test
  void logsInManyAtOnceAndMeasuresALoginWithItsPing() throws Exception {
    Side side = new Side(settings, new Accounts(DOMAIN, "load", 0, 50, PASSWORD));
    List<LoadClient> clients = Logins.connectAll(side, sink, 8);
    try {
      assertThat(clients).extracting(LoadClient::index).containsExactlyElementsOf(range(50));
    } finally {
      clients.forEach(LoadClient::close);
    }
    LoadClient.loginOnce(settings, 7, "load7", PASSWORD);
    assertThat(received).isEmpty();
  }

  @Test
  void aWrongPasswordFailsNamingTheSaslStep() {
    assertThatThrownBy(() -> LoadClient.connect(settings, 0, "alice", "wrong", sink))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("SASL SCRAM-SHA-1");
  }

  @Test
  void theServersDisconnectionReachesTheSink() throws Exception {
    LoadClient alice = LoadClient.connect(settings, 4, "alice", PASSWORD, sink);
    echo.close();
    assertThat(poll()).startsWith("4:disconnected");
    alice.close();
  }

  private String poll() throws InterruptedException {
    String next = received.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("a stanza within 10 s").isNotNull();
    return next;
  }

  private static List<Integer> range(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }
}
