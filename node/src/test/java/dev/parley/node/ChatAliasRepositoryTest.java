package dev.parley.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatAliasRepositoryTest {

  private final MemorySettingsStore store = new MemorySettingsStore();
  private final ChatAliasRepository repository = new ChatAliasRepository(store);

  @Test
  void nothingStoredDiffersFromNoAliases() {
    assertThat(repository.load()).isEmpty();
    repository.save(List.of());
    assertThat(repository.load()).contains(List.of());
  }

  @Test
  void aliasesSurviveARoundTripInOrder() {
    List<ChatAlias> aliases =
        List.of(
            ChatAlias.of(DomainJid.of("conference.example.com")),
            new ChatAlias(
                DomainJid.of("conference-2.standalonecluster.example.com"),
                ChatRoomVisibility.HIDDEN,
                Optional.of(new AliasEndpoint("203.0.113.20", 25269))),
            new ChatAlias(
                DomainJid.of("chat6.example.com"),
                ChatRoomVisibility.PUBLIC,
                Optional.of(new AliasEndpoint("[2001:DB8::1]", 25270))));
    repository.save(aliases);
    List<ChatAlias> loaded = new ChatAliasRepository(store).load().orElseThrow();
    assertThat(loaded).isEqualTo(aliases);
    assertThat(loaded.get(2).endpoint().orElseThrow().address()).isEqualTo("2001:db8:0:0:0:0:0:1");
  }
}
