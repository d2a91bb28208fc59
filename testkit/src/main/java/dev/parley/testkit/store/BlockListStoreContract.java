package dev.parley.testkit.store;

import static dev.parley.testkit.store.StoreTestData.freshDomain;
import static dev.parley.testkit.store.StoreTestData.jid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import dev.parley.store.BlockListStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link BlockListStore} must have (XEP-0191). */
public interface BlockListStoreContract extends StoresUnderTest {

  private BlockListStore blockLists() {
    return stores().blockLists();
  }

  @Test
  default void newOwnerBlocksNobody() {
    assertThat(blockLists().blocked(jid("user", freshDomain()))).isEmpty();
  }

  @Test
  default void blockAddsBareFullAndDomainJids() {
    String domain = freshDomain();
    BareJid owner = jid("user", domain);
    Jid bare = jid("spammer", domain);
    Jid full = jid("pest", domain).withResource("phone");
    Jid server = DomainJid.of("spam." + domain);

    blockLists().block(owner, List.of(bare, full, server));

    assertThat(blockLists().blocked(owner)).containsExactlyInAnyOrder(bare, full, server);
  }

  @Test
  default void blockingTwiceKeepsOneEntry() {
    String domain = freshDomain();
    BareJid owner = jid("user", domain);
    Jid spammer = jid("spammer", domain);
    blockLists().block(owner, List.of(spammer));
    blockLists().block(owner, List.of(spammer, spammer, jid("other", domain)));

    assertThat(blockLists().blocked(owner))
        .containsExactlyInAnyOrder(spammer, jid("other", domain));
  }

  @Test
  default void unblockRemovesOnlyTheGivenJids() {
    String domain = freshDomain();
    BareJid owner = jid("user", domain);
    Jid a = jid("a", domain);
    Jid b = jid("b", domain);
    Jid c = jid("c", domain);
    blockLists().block(owner, List.of(a, b, c));

    blockLists().unblock(owner, List.of(a, c, jid("never", domain)));

    assertThat(blockLists().blocked(owner)).containsExactly(b);
  }

  @Test
  default void unblockAllEmptiesOnlyThatOwnersList() {
    String domain = freshDomain();
    BareJid alice = jid("alice", domain);
    BareJid bob = jid("bob", domain);
    blockLists().block(alice, List.of(jid("a", domain), jid("b", domain)));
    blockLists().block(bob, List.of(jid("a", domain)));

    blockLists().unblockAll(alice);

    assertThat(blockLists().blocked(alice)).isEmpty();
    assertThat(blockLists().blocked(bob)).containsExactly(jid("a", domain));
  }

  @Test
  default void emptyCollectionsChangeNothing() {
    String domain = freshDomain();
    BareJid owner = jid("user", domain);
    blockLists().block(owner, List.of(jid("a", domain)));
    blockLists().block(owner, List.of());
    blockLists().unblock(owner, List.of());
    assertThat(blockLists().blocked(owner)).containsExactly(jid("a", domain));
  }
}
