package dev.parley.bench.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bench.load.SaslClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScramServerTest {
  private final ScramServer server = new ScramServer("load-secret", 4096);

  @Test
  void theLoadToolsScramClientLogsInAndAcceptsTheServerSignature() {
    SaslClient client = SaslClient.create("SCRAM-SHA-1", "load3", "load-secret");
    ScramServer.Exchange exchange = server.begin(utf8(client.initialResponse()));
    assertThat(exchange.serverFirst()).contains(",i=4096");
    String clientFinal = utf8(client.respond(bytes(exchange.serverFirst())));
    String serverFinal = server.finish(exchange, clientFinal).orElseThrow();
    client.verifySuccess(bytes(serverFinal)); // throws if the signature is wrong
    assertThat(serverFinal).startsWith("v=");
  }

  @Test
  void aWrongPasswordIsRefused() {
    SaslClient client = SaslClient.create("SCRAM-SHA-1", "load3", "wrong");
    ScramServer.Exchange exchange = server.begin(utf8(client.initialResponse()));
    String clientFinal = utf8(client.respond(bytes(exchange.serverFirst())));
    assertThat(server.finish(exchange, clientFinal)).isEmpty();
  }

  @Test
  void aReplayedNonceIsRefused() {
    SaslClient client = SaslClient.create("SCRAM-SHA-1", "load3", "load-secret");
    ScramServer.Exchange first = server.begin(utf8(client.initialResponse()));
    String clientFinal = utf8(client.respond(bytes(first.serverFirst())));
    ScramServer.Exchange second = server.begin(first.clientFirstBare().replace("n=", "n,,n="));
    assertThat(server.finish(second, clientFinal)).isEmpty();
  }

  @Test
  void channelBindingIsNotOffered() {
    assertThatThrownBy(() -> server.begin("p=tls-unique,,n=a,r=x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
