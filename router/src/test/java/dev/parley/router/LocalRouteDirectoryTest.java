package dev.parley.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.testkit.fakes.RecordingSession;
import org.junit.jupiter.api.Test;

class LocalRouteDirectoryTest {
  private final LocalRouteDirectory directory = new LocalRouteDirectory();

  @Test
  void registersAndFindsByFullAndBareJid() {
    RecordingSession home = RecordingSession.of("alice@example.com/home");
    RecordingSession phone = RecordingSession.of("alice@example.com/phone");

    assertThat(directory.register(home)).isEmpty();
    assertThat(directory.register(phone)).isEmpty();

    assertThat(directory.session(home.jid())).containsSame(home);
    assertThat(directory.sessions(BareJid.of("alice", "example.com")))
        .containsExactlyInAnyOrder(home, phone);
    assertThat(directory.count()).isEqualTo(2);
  }

  @Test
  void registeringTheSameFullJidReturnsTheReplacedSession() {
    RecordingSession first = RecordingSession.of("alice@example.com/home");
    RecordingSession second = RecordingSession.of("alice@example.com/home");
    directory.register(first);

    assertThat(directory.register(second)).containsSame(first);
    assertThat(directory.session(first.jid())).containsSame(second);

    directory.unregister(first);
    assertThat(directory.session(first.jid())).containsSame(second);

    directory.unregister(second);
    assertThat(directory.count()).isZero();
    assertThat(directory.sessions(BareJid.of("alice", "example.com"))).isEmpty();
  }
}
