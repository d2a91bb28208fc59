package dev.parley.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.DomainJid;
import dev.parley.server.ServerInfo;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The switch is stored at once and applied when the federation edges are applied (restart). */
class EmailSettingTest {

  @Test
  void offByDefaultAndNothingPending() {
    Fixture f = new Fixture(false);
    assertThat(f.email.enabled()).isFalse();
    assertThat(f.email.applied()).isFalse();
    assertThat(f.email.restartPending()).isFalse();
  }

  @Test
  void turningItOnIsPendingUntilTheRouterRestartAppliesTheEdges() {
    Fixture f = new Fixture(false);
    f.email.enabled(true);
    assertThat(f.email.enabled()).isTrue();
    assertThat(f.email.applied()).isFalse();
    assertThat(f.email.restartPending()).isTrue();
    // Before the restart the running edges do not translate yet.
    f.outbound.accept(
        Fixture.stanza("<message from='jdoe@im.example.com' to='bob@prosody.test'/>"));
    assertThat(f.federation.only().from().orElseThrow().toString())
        .isEqualTo("jdoe@im.example.com");

    // The Router restart starts the federation service, which applies its edges again.
    f.email.inboundEdge().apply(new Recorder());
    assertThat(f.email.applied()).isTrue();
    assertThat(f.email.restartPending()).isFalse();
    f.federation.stanzas.clear();
    f.outbound.accept(
        Fixture.stanza("<message from='jdoe@im.example.com' to='bob@prosody.test'/>"));
    assertThat(f.federation.only().from().orElseThrow().toString())
        .isEqualTo("john.doe@example.com");
  }

  @Test
  void turningItOffAndBackBeforeARestartLeavesNothingPending() {
    Fixture f = new Fixture(true);
    f.email.enabled(false);
    assertThat(f.email.restartPending()).isTrue();
    f.email.enabled(true);
    assertThat(f.email.restartPending()).isFalse();
  }

  @Test
  void theStoredValueIsWhatANewNodeApplies() {
    Fixture f = new Fixture(true);
    EmailFederation other =
        new EmailFederation(new EmailAddressSetting(f.settings), f.book, f.info);
    assertThat(other.applied()).isTrue();
  }

  @Test
  void itCannotBeTurnedOnWithoutEmailDomains() {
    AddressBook book = new AddressBook(new EmailDomains(Set.of()));
    EmailFederation email =
        new EmailFederation(
            new EmailAddressSetting(new MapSettings()),
            book,
            new ServerInfo("P", "1", "n", Set.of(DomainJid.of("im.example.com"))));
    assertThatThrownBy(() -> email.enabled(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("federation.email-domains");
  }
}
