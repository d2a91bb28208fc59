package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat node aliases and the DNS records of a real node, through its admin REST API: the default
 * alias on first start, add and remove applied at once, kept in the database across a restart, and
 * the records printed from the listeners the node really bound.
 */
class ChatAliasesIT {

  private static final String ALIASES = "/api/chat/aliases";
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path data;

  private ParleyNode start() throws IOException {
    Path config = data.resolve("parley.yml");
    Files.writeString(
        config,
        """
        node: {name: node-chat}
        domains:
          - name: example.test
        listeners:
          c2s: {address: 127.0.0.1, port: 0}
          c2s-direct-tls: {enabled: false}
          admin: {address: 127.0.0.1, port: 0}
          s2s: {address: 127.0.0.1, port: 0}
        federation:
          initial:
            enabled: true
            security-mode: NO_TLS
            dialback-secret: a-long-dialback-secret-for-chat-aliases
        """);
    return ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    URI base = URI.create(Files.readString(data.resolve("admin.url")).strip());
    String token = Files.readString(data.resolve("admin.token")).strip();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aliasesAreAdministeredAndPublished() throws Exception {
    int s2sPort;
    try (ParleyNode node = start()) {
      s2sPort = node.serverAddresses().get(0).getPort();
      int c2sPort = node.clientAddresses().get(0).getPort();
      HttpResponse<String> list = send("GET", ALIASES, null);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body())
          .isEqualTo(
              "[{\"domain\":\"conference.example.test\",\"defaultRoomVisibility\":\"public\","
                  + "\"address\":null,\"port\":null,\"persistentRooms\":0}]");

      HttpResponse<String> added =
          send(
              "POST",
              ALIASES,
              "{\"domain\":\"conference-2.example.test\",\"defaultRoomVisibility\":\"hidden\","
                  + "\"address\":\"127.0.0.20\",\"port\":25269}");
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      HttpResponse<String> hosted = send("POST", ALIASES, "{\"domain\":\"example.test\"}");
      assertThat(hosted.statusCode()).isEqualTo(400);
      assertThat(hosted.body()).contains("example.test is a hosted domain");
      assertThat(send("POST", ALIASES, "{\"domain\":\"conference.example.test\"}").statusCode())
          .isEqualTo(409);

      HttpResponse<String> zone = send("GET", "/api/dns/records?format=zone", null);
      assertThat(zone.statusCode()).isEqualTo(200);
      java.util.List<String> lines = zone.body().lines().map(l -> l.replaceAll(" +", " ")).toList();
      assertThat(lines)
          .contains(
              "_xmpp-server._tcp.conference-2.example.test. 3600 IN SRV 0 0 25269"
                  + " conference-2.example.test.",
              "conference-2.example.test. 3600 IN A 127.0.0.20")
          .anyMatch(l -> l.startsWith("; no public host name is configured"))
          .anyMatch(
              l -> l.startsWith("_xmpp-client._tcp.example.test. 3600 IN SRV 0 0 " + c2sPort + " "))
          .anyMatch(
              l -> l.startsWith("_xmpp-server._tcp.example.test. 3600 IN SRV 0 0 " + s2sPort + " "))
          .anyMatch(
              l ->
                  l.startsWith(
                      "_xmpp-server._tcp.conference.example.test. 3600 IN SRV 0 0 "
                          + s2sPort
                          + " "));
    }
    try (ParleyNode node = start()) {
      // Kept in the database: no second default, the added alias is still there.
      HttpResponse<String> list = send("GET", ALIASES, null);
      assertThat(list.body())
          .contains("\"domain\":\"conference-2.example.test\"")
          .contains("\"domain\":\"conference.example.test\"");
      HttpResponse<String> removed = send("DELETE", ALIASES + "/conference.example.test", null);
      assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
      assertThat(send("GET", ALIASES, null).body()).doesNotContain("\"conference.example.test\"");
      assertThat(send("GET", "/api/dns/records?format=zone", null).body())
          .doesNotContain("_xmpp-server._tcp.conference.example.test.");
    }
  }
}
