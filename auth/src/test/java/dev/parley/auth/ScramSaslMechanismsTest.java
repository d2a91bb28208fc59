package dev.parley.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.DomainJid;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScramSaslMechanismsTest {
  private static final SaslContext TLS = new SaslContext(DomainJid.of("example.com"), true);
  private static final SaslContext CLEAR = new SaslContext(DomainJid.of("example.com"), false);

  @Test
  void offersStrongestFirstAndPlainOnlyOverTls() {
    ScramSaslMechanisms all = new ScramSaslMechanisms(new InMemoryUserStore());
    assertThat(all.offered(TLS)).containsExactly("SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN");
    assertThat(all.offered(CLEAR)).containsExactly("SCRAM-SHA-256", "SCRAM-SHA-1");
  }

  @Test
  void createsFreshExchangesForOfferedNamesOnly() {
    ScramSaslMechanisms all = new ScramSaslMechanisms(new InMemoryUserStore());
    assertThat(all.create("SCRAM-SHA-256", CLEAR))
        .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("SCRAM-SHA-256"));
    assertThat(all.create("SCRAM-SHA-1", CLEAR))
        .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("SCRAM-SHA-1"));
    assertThat(all.create("PLAIN", TLS))
        .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("PLAIN"));
    assertThat(all.create("SCRAM-SHA-256", CLEAR).orElseThrow())
        .isNotSameAs(all.create("SCRAM-SHA-256", CLEAR).orElseThrow());
    assertThat(all.create("DIGEST-MD5", TLS)).isEmpty();
    assertThat(all.create("SCRAM-SHA-256-PLUS", TLS)).isEmpty();
    assertThat(all.create("PLAIN", CLEAR)).isEmpty();
  }

  @Test
  void enabledSetRestrictsButKeepsTheOrder() {
    ScramSaslMechanisms some =
        new ScramSaslMechanisms(new InMemoryUserStore(), Set.of("PLAIN", "SCRAM-SHA-256"));
    assertThat(some.offered(TLS)).containsExactly("SCRAM-SHA-256", "PLAIN");
    assertThat(some.create("SCRAM-SHA-1", TLS)).isEmpty();
  }

  @Test
  void unknownEnabledNameIsAConfigurationError() {
    assertThatThrownBy(() -> new ScramSaslMechanisms(new InMemoryUserStore(), Set.of("CRAM-MD5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CRAM-MD5");
  }
}
