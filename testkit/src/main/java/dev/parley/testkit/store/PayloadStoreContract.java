package dev.parley.testkit.store;

import static dev.parley.testkit.store.StoreTestData.freshDomain;
import static dev.parley.testkit.store.StoreTestData.jid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.store.PayloadStore;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link PayloadStore} must have (vcard-temp, private XML storage). */
public interface PayloadStoreContract extends StoresUnderTest {

  String VCARD = "vcard";
  String PRIVATE = "private:storage:storage:bookmarks";

  private PayloadStore payloads() {
    return stores().payloads();
  }

  @Test
  default void missingPayloadIsEmpty() {
    assertThat(payloads().get(jid("user", freshDomain()), VCARD)).isEmpty();
  }

  @Test
  default void putThenGet() {
    BareJid owner = jid("user", freshDomain());
    String vcard = "<vCard xmlns='vcard-temp'><FN>User Ünïcode</FN></vCard>";
    payloads().put(owner, VCARD, vcard);
    assertThat(payloads().get(owner, VCARD)).contains(vcard);
  }

  @Test
  default void putReplaces() {
    BareJid owner = jid("user", freshDomain());
    payloads().put(owner, VCARD, "<vCard xmlns='vcard-temp'><FN>Old</FN></vCard>");
    payloads().put(owner, VCARD, "<vCard xmlns='vcard-temp'><FN>New</FN></vCard>");
    assertThat(payloads().get(owner, VCARD))
        .contains("<vCard xmlns='vcard-temp'><FN>New</FN></vCard>");
  }

  @Test
  default void keysAndOwnersAreKeptApart() {
    String domain = freshDomain();
    BareJid alice = jid("alice", domain);
    BareJid bob = jid("bob", domain);
    payloads().put(alice, VCARD, "<vCard xmlns='vcard-temp'><FN>Alice</FN></vCard>");
    payloads().put(alice, PRIVATE, "<storage xmlns='storage:bookmarks'/>");
    payloads().put(bob, VCARD, "<vCard xmlns='vcard-temp'><FN>Bob</FN></vCard>");

    assertThat(payloads().get(alice, PRIVATE)).contains("<storage xmlns='storage:bookmarks'/>");
    assertThat(payloads().get(bob, PRIVATE)).isEmpty();
    assertThat(payloads().get(bob, VCARD))
        .contains("<vCard xmlns='vcard-temp'><FN>Bob</FN></vCard>");
  }

  @Test
  default void deleteRemovesOnlyThatKey() {
    BareJid owner = jid("user", freshDomain());
    payloads().put(owner, VCARD, "<vCard xmlns='vcard-temp'/>");
    payloads().put(owner, PRIVATE, "<storage xmlns='storage:bookmarks'/>");

    payloads().delete(owner, VCARD);
    payloads().delete(owner, "never-stored");

    assertThat(payloads().get(owner, VCARD)).isEmpty();
    assertThat(payloads().get(owner, PRIVATE)).isPresent();
  }

  @Test
  default void largePayloadRoundTrips() {
    BareJid owner = jid("user", freshDomain());
    String photo =
        "<vCard xmlns='vcard-temp'><PHOTO><BINVAL>"
            + "QUJD".repeat(64_000)
            + "</BINVAL></PHOTO></vCard>";
    payloads().put(owner, VCARD, photo);
    assertThat(payloads().get(owner, VCARD)).contains(photo);
  }
}
