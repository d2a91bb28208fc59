package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.Test;

class LocalDomainsTest {

  @Test
  void aFixedSetServesItsDomains() {
    LocalDomains domains = LocalDomains.of(List.of(DomainJid.of("Example.COM")));
    assertThat(domains.contains("example.com")).isTrue();
    assertThat(domains.contains("conference.example.com")).isFalse();
    assertThat(domains.all()).containsExactly("example.com");
  }

  @Test
  void aliasesAddedAndRemovedAtRuntimeAreSeenAtOnce() {
    Set<String> aliases = new CopyOnWriteArraySet<>();
    LocalDomains domains =
        LocalDomains.union(
            List.of(
                LocalDomains.of(List.of(DomainJid.of("example.com"))),
                LocalDomains.live(() -> aliases)));
    assertThat(domains.contains("conference.example.com")).isFalse();

    aliases.add("Conference.Example.com");
    assertThat(domains.contains("conference.example.com")).isTrue();
    assertThat(domains.all()).containsExactly("example.com", "conference.example.com");

    aliases.clear();
    assertThat(domains.contains("conference.example.com")).isFalse();
  }
}
