package dev.parley.ext.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Jid;
import org.junit.jupiter.api.Test;

class BlockedJidsTest {

  private static boolean matches(String item, String address) {
    return BlockedJids.matches(Jid.parse(item), Jid.parse(address));
  }

  @Test
  void aFullJidMatchesOnlyItself() {
    assertThat(matches("romeo@montague.net/orchard", "romeo@montague.net/orchard")).isTrue();
    assertThat(matches("romeo@montague.net/orchard", "romeo@montague.net/garden")).isFalse();
    assertThat(matches("romeo@montague.net/orchard", "romeo@montague.net")).isFalse();
  }

  @Test
  void aBareJidMatchesEveryResource() {
    assertThat(matches("romeo@montague.net", "romeo@montague.net")).isTrue();
    assertThat(matches("romeo@montague.net", "romeo@montague.net/orchard")).isTrue();
    assertThat(matches("romeo@montague.net", "tybalt@montague.net")).isFalse();
  }

  @Test
  void aDomainResourceMatchesOnlyThatResource() {
    assertThat(matches("montague.net/bot", "montague.net/bot")).isTrue();
    assertThat(matches("montague.net/bot", "romeo@montague.net/bot")).isFalse();
    assertThat(matches("montague.net/bot", "montague.net")).isFalse();
  }

  @Test
  void aDomainMatchesItsUsersResourcesAndSubdomains() {
    assertThat(matches("montague.net", "montague.net")).isTrue();
    assertThat(matches("montague.net", "romeo@montague.net/orchard")).isTrue();
    assertThat(matches("montague.net", "montague.net/bot")).isTrue();
    assertThat(matches("montague.net", "chat.montague.net")).isTrue();
    assertThat(matches("montague.net", "notmontague.net")).isFalse();
    assertThat(matches("montague.net", "capulet.com")).isFalse();
  }
}
