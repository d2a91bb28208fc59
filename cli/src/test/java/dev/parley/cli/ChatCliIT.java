package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.admin.ChatResource;
import dev.parley.admin.DnsAdmin;
import dev.parley.admin.DnsRecordsResource;
import dev.parley.admin.ExtensionsFixture;
import dev.parley.admin.InMemoryChatAdmin;
import dev.parley.admin.model.DnsRecordView;
import dev.parley.admin.model.DnsRecordsView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chat aliases list|add|remove} and {@code dns records} against a real admin server. */
class ChatCliIT {

  private final InMemoryChatAdmin chat = new InMemoryChatAdmin();
  private final DnsAdmin dns =
      () ->
          new DnsRecordsView(
              List.of("publish in the zone of example.com"),
              List.of(
                  DnsRecordView.srv(
                      "_xmpp-server._tcp.conference-2.example.com.",
                      3600,
                      0,
                      0,
                      25269,
                      "conference-2.example.com."),
                  DnsRecordView.address("conference-2.example.com.", 3600, "203.0.113.20")));
  @TempDir Path dataDir;
  private ExtensionsFixture node;

  @BeforeEach
  void start() {
    node =
        new ExtensionsFixture(
            dataDir, List.of(new ChatResource(chat), new DnsRecordsResource(dns)));
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
  void addListAndRemove() {
    Cli.Result added =
        run(
            "chat",
            "aliases",
            "add",
            "conference-2.example.com",
            "--hidden",
            "--address",
            "203.0.113.20",
            "--port",
            "25269");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out().lines())
        .contains(
            "chat node alias conference-2.example.com added (new rooms hidden,"
                + " 203.0.113.20:25269)");
    Cli.Result second = run("chat", "aliases", "add", "conference.example.com");
    assertThat(second.exitCode()).as(second.err()).isZero();

    Cli.Result list = run("chat", "aliases", "list");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out().lines())
        .containsExactly(
            "ALIAS                     NEW ROOMS  PUBLIC ADDRESS           PERSISTENT ROOMS",
            "conference-2.example.com  hidden     203.0.113.20:25269       0",
            "conference.example.com    public     via the federation node  0");

    Cli.Result removed = run("chat", "aliases", "remove", "conference.example.com");
    assertThat(removed.exitCode()).as(removed.err()).isZero();
    assertThat(removed.out()).contains("chat node alias conference.example.com removed");
    assertThat(chat.aliases()).hasSize(1);
  }

  @Test
  void refusalsAreShownWithExitCodeOne() {
    Cli.Result hosted = run("chat", "aliases", "add", "example.com");
    assertThat(hosted.exitCode()).isEqualTo(1);
    assertThat(hosted.err()).contains("hosted domain");

    run("chat", "aliases", "add", "chat.example.com");
    chat.persistentRooms("chat.example.com", 2);
    Cli.Result unconfirmed = run("chat", "aliases", "remove", "chat.example.com");
    assertThat(unconfirmed.exitCode()).isEqualTo(1);
    assertThat(unconfirmed.err()).contains("2 persistent rooms");
    assertThat(chat.aliases()).hasSize(1);

    Cli.Result confirmed = run("chat", "aliases", "remove", "chat.example.com", "--confirm");
    assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
    assertThat(confirmed.out()).contains("removed; 2 persistent rooms destroyed");
    assertThat(chat.aliases()).isEmpty();
  }

  @Test
  void dnsRecordsInZoneSyntaxAndJson() throws Exception {
    Cli.Result zone = run("dns", "records");
    assertThat(zone.exitCode()).as(zone.err()).isZero();
    assertThat(zone.out().lines())
        .containsExactly(
            "; publish in the zone of example.com",
            "_xmpp-server._tcp.conference-2.example.com. 3600 IN SRV 0 0 25269"
                + " conference-2.example.com.",
            "conference-2.example.com.                   3600 IN A   203.0.113.20");

    Cli.Result json = run("dns", "records", "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.get("records").get(0).get("port").asInt()).isEqualTo(25269);
    assertThat(tree.get("records").get(1).get("type").asText()).isEqualTo("A");

    Cli.Result bad = run("dns", "records", "--format", "xml");
    assertThat(bad.exitCode()).isEqualTo(2);
  }
}
