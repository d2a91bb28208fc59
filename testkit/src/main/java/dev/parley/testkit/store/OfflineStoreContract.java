package dev.parley.testkit.store;

import static dev.parley.testkit.store.StoreTestData.freshDomain;
import static dev.parley.testkit.store.StoreTestData.jid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.store.OfflineMessage;
import dev.parley.store.OfflineStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link OfflineStore} must have (XEP-0160 storage). */
public interface OfflineStoreContract extends StoresUnderTest {

  private OfflineStore offline() {
    return stores().offline();
  }

  private static String message(int n) {
    return "<message to='u@example.com' id='m" + n + "'><body>" + n + "</body></message>";
  }

  @Test
  default void noMessagesForAnUnknownOwner() {
    BareJid owner = jid("empty", freshDomain());
    assertThat(offline().count(owner)).isZero();
    assertThat(offline().list(owner)).isEmpty();
  }

  @Test
  default void messagesAreListedOldestFirst() {
    BareJid owner = jid("user", freshDomain());
    for (int i = 0; i < 5; i++) {
      offline().store(owner, message(i));
    }

    List<OfflineMessage> stored = offline().list(owner);

    assertThat(stored)
        .extracting(OfflineMessage::stanzaXml)
        .containsExactly(message(0), message(1), message(2), message(3), message(4));
    assertThat(stored).extracting(OfflineMessage::id).isSorted().doesNotHaveDuplicates();
    assertThat(stored).extracting(OfflineMessage::owner).containsOnly(owner);
    assertThat(offline().count(owner)).isEqualTo(5);
  }

  @Test
  default void listingDoesNotRemove() {
    BareJid owner = jid("user", freshDomain());
    offline().store(owner, message(1));
    offline().list(owner);
    assertThat(offline().list(owner)).hasSize(1);
  }

  @Test
  default void storedTimeIsRecorded() {
    BareJid owner = jid("user", freshDomain());
    Instant before = Instant.now().minus(Duration.ofMinutes(1));
    offline().store(owner, message(1));
    Instant after = Instant.now().plus(Duration.ofMinutes(1));

    assertThat(offline().list(owner).get(0).stored()).isBetween(before, after);
  }

  @Test
  default void deleteRemovesOnlyTheGivenMessages() {
    BareJid owner = jid("user", freshDomain());
    for (int i = 0; i < 4; i++) {
      offline().store(owner, message(i));
    }
    List<OfflineMessage> stored = offline().list(owner);

    offline().delete(owner, List.of(stored.get(0).id(), stored.get(2).id()));

    assertThat(offline().list(owner)).containsExactly(stored.get(1), stored.get(3));
    assertThat(offline().count(owner)).isEqualTo(2);
  }

  @Test
  default void deleteIgnoresAnotherOwnersMessages() {
    String domain = freshDomain();
    BareJid alice = jid("alice", domain);
    BareJid bob = jid("bob", domain);
    offline().store(alice, message(1));
    offline().store(bob, message(2));
    long bobsMessage = offline().list(bob).get(0).id();

    offline().delete(alice, List.of(bobsMessage));

    assertThat(offline().count(bob)).isEqualTo(1);
    assertThat(offline().count(alice)).isEqualTo(1);
  }

  @Test
  default void deleteOfNothingOrUnknownIdsChangesNothing() {
    BareJid owner = jid("user", freshDomain());
    offline().store(owner, message(1));
    offline().delete(owner, List.of());
    offline().delete(owner, List.of(Long.MAX_VALUE));
    assertThat(offline().count(owner)).isEqualTo(1);
  }

  @Test
  default void ownersAreKeptApart() {
    String domain = freshDomain();
    BareJid alice = jid("alice", domain);
    BareJid bob = jid("bob", domain);
    offline().store(alice, message(1));
    offline().store(bob, message(2));
    offline().store(alice, message(3));

    assertThat(offline().list(alice))
        .extracting(OfflineMessage::stanzaXml)
        .containsExactly(message(1), message(3));
    assertThat(offline().list(bob))
        .extracting(OfflineMessage::stanzaXml)
        .containsExactly(message(2));
  }

  @Test
  default void largeAndNonAsciiStanzasRoundTrip() {
    BareJid owner = jid("user", freshDomain());
    String body = "Grüße, 你好, \uD83D\uDE00 & <escaped/> ".repeat(2000);
    String stanza = "<message><body>" + body + "</body></message>";
    offline().store(owner, stanza);
    assertThat(offline().list(owner).get(0).stanzaXml()).isEqualTo(stanza);
  }
}
