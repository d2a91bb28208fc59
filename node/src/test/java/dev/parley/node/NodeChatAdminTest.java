package dev.parley.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.admin.model.ChatAliasRemovalView;
import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.admin.model.ChatAliasView;
import dev.parley.protocol.DomainJid;
import dev.parley.server.ServerInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeChatAdminTest {

  private final MemorySettingsStore store = new MemorySettingsStore();
  private final RecordingChatEngine engine = new RecordingChatEngine();
  private final ServerInfo info =
      new ServerInfo(
          "Parley",
          "test",
          "node-1",
          Set.of(
              DomainJid.of("example.com"),
              DomainJid.of("b.example"),
              DomainJid.of("conference.b.example")));

  private NodeChatAdmin start() {
    return NodeChatAdmin.start(store, info, engine, engine);
  }

  private static ChatAliasRequest request(String domain) {
    return new ChatAliasRequest(domain, null, null, null);
  }

  @Test
  void firstStartServesConferenceOfEveryHostedDomain() {
    NodeChatAdmin admin = start();
    // conference.b.example is itself hosted, so b.example gets no alias; the hosted
    // conference.b.example gets conference.conference.b.example like any hosted domain.
    assertThat(admin.aliases())
        .extracting(ChatAliasView::domain)
        .containsExactly("conference.conference.b.example", "conference.example.com");
    assertThat(engine.calls)
        .containsExactly("added conference.conference.b.example", "added conference.example.com");
  }

  @Test
  void laterStartsKeepWhatIsStoredEvenWhenEmpty() {
    NodeChatAdmin admin = start();
    for (ChatAliasView alias : admin.aliases()) {
      admin.remove(alias.domain(), false);
    }
    assertThat(start().aliases()).isEmpty();
  }

  @Test
  void addStoresAndAppliesAtOnce() {
    NodeChatAdmin admin = start();
    engine.calls.clear();
    ChatAliasView view =
        admin.add(
            new ChatAliasRequest(
                "Conference-2.StandAloneCluster.example.com", "HIDDEN", "203.0.113.20", 25269));
    assertThat(view)
        .isEqualTo(
            new ChatAliasView(
                "conference-2.standalonecluster.example.com", "hidden", "203.0.113.20", 25269, 0));
    assertThat(engine.calls).containsExactly("added conference-2.standalonecluster.example.com");
    assertThat(start().current()).hasSize(3);
  }

  @Test
  void refusesWhatCannotBeAnAlias() {
    NodeChatAdmin admin = start();
    assertThatThrownBy(() -> admin.add(request("not a domain")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a domain name: not a domain");
    assertThatThrownBy(() -> admin.add(request("192.0.2.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an IP address");
    assertThatThrownBy(() -> admin.add(request("conference")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fully qualified");
    assertThatThrownBy(() -> admin.add(request("EXAMPLE.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("example.com is a hosted domain");
    assertThatThrownBy(() -> admin.add(request("conference.example.com")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("chat node alias conference.example.com exists already");
    assertThatThrownBy(() -> admin.add(new ChatAliasRequest("c.example.com", "secret", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default room visibility must be public or hidden, not secret");
    assertThatThrownBy(() -> admin.add(new ChatAliasRequest("c.example.com", null, null, 25269)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("give both");
    assertThatThrownBy(
            () -> admin.add(new ChatAliasRequest("c.example.com", null, "chat.example.com", 25269)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be an IPv4 or IPv6 address");
    assertThatThrownBy(() -> admin.add(new ChatAliasRequest("c.example.com", null, "300.1.1.1", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an IPv4 address: 300.1.1.1");
    assertThatThrownBy(() -> admin.add(new ChatAliasRequest("c.example.com", null, "0.0.0.0", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public unicast");
    assertThatThrownBy(() -> admin.add(new ChatAliasRequest("c.example.com", null, "192.0.2.1", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 1 and 65535, not 0");
    assertThat(admin.aliases()).hasSize(2);
  }

  @Test
  void removingAnAliasWithPersistentRoomsNeedsConfirmation() {
    NodeChatAdmin admin = start();
    engine.rooms.put("conference.example.com", 3);
    engine.calls.clear();
    assertThat(admin.aliases())
        .filteredOn(a -> a.domain().equals("conference.example.com"))
        .extracting(ChatAliasView::persistentRooms)
        .containsExactly(3);

    assertThatThrownBy(() -> admin.remove("conference.example.com", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has 3 persistent rooms")
        .hasMessageContaining("destroy presence")
        .hasMessageContaining("--confirm");
    assertThat(engine.calls).isEmpty();
    assertThat(admin.current()).hasSize(2);

    ChatAliasRemovalView removal = admin.remove("conference.example.com", true).orElseThrow();
    assertThat(removal.roomsDestroyed()).isEqualTo(3);
    assertThat(removal.message()).contains("3 persistent rooms destroyed");
    // Rooms are destroyed while the service can still tell their occupants, then it goes.
    assertThat(engine.calls)
        .containsExactly(
            "destroy conference.example.com: The chat service conference.example.com has been"
                + " removed.",
            "removed conference.example.com");
    assertThat(admin.current()).hasSize(1);
  }

  @Test
  void removingAnUnknownAliasFindsNothing() {
    NodeChatAdmin admin = start();
    assertThat(admin.remove("chat.example.com", true)).isEmpty();
    assertThat(admin.remove("not a domain", true)).isEmpty();
  }

  @Test
  void anotherNodesChangeAppliesOnSynchronize() {
    NodeChatAdmin here = start();
    RecordingChatEngine otherEngine = new RecordingChatEngine();
    NodeChatAdmin other = NodeChatAdmin.start(store, info, otherEngine, otherEngine);
    otherEngine.calls.clear();
    engine.calls.clear();

    here.add(request("chat.example.com"));
    here.remove("conference.example.com", false);
    other.synchronize();
    assertThat(otherEngine.calls)
        .containsExactly("removed conference.example.com", "added chat.example.com");
    other.synchronize();
    assertThat(otherEngine.calls).hasSize(2);
    assertThat(List.copyOf(other.current())).isEqualTo(here.current());
  }
}
