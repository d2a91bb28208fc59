package dev.parley.ext.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.InMemoryBlockListStore;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingBlockListStoreTest {
  private final BareJid owner = BareJid.of("juliet", "capulet.lit");
  private final Jid tybalt = Jid.parse("tybalt@capulet.lit");
  private final InMemoryBlockListStore backing = new InMemoryBlockListStore();
  private final CachingBlockListStore cache = new CachingBlockListStore(backing);

  @Test
  void readsComeFromMemoryUntilTheListChanges() {
    assertThat(cache.blocked(owner)).isEmpty();
    backing.block(owner, List.of(tybalt)); // a change that bypassed the cache
    assertThat(cache.blocked(owner)).isEmpty();
    cache.block(owner, List.of(Jid.parse("paris@verona.lit")));
    assertThat(cache.blocked(owner)).contains(tybalt).hasSize(2);
  }

  @Test
  void unblockingThroughTheCacheIsSeenAtOnce() {
    cache.block(owner, List.of(tybalt));
    assertThat(cache.blocked(owner)).containsExactly(tybalt);
    cache.unblock(owner, List.of(tybalt));
    assertThat(cache.blocked(owner)).isEmpty();
    cache.block(owner, List.of(tybalt));
    cache.unblockAll(owner);
    assertThat(cache.blocked(owner)).isEmpty();
  }

  @Test
  void onlyAListAlreadyReadCanBeHadWithoutBlocking() {
    assertThat(cache.blockedInMemory(owner)).isEmpty();
    cache.blocked(owner);
    assertThat(cache.blockedInMemory(owner)).contains(java.util.Set.of());
    cache.block(owner, List.of(tybalt));
    assertThat(cache.blockedInMemory(owner)).isEmpty();
    assertThat(backing.blockedInMemory(owner)).as("a plain store never says").isEmpty();
  }
}
