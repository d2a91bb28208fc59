package dev.parley.admin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {

  private final TestClock clock = new TestClock();
  private final ConsoleSessions sessions =
      new ConsoleSessions(ConsoleSettings.defaults(), clock, new SecureRandom());

  @Test
  void idsAndTokensAre256RandomBitsAndDiffer() {
    ConsoleSession a = sessions.create("a@example.com").orElseThrow();
    ConsoleSession b = sessions.create("b@example.com").orElseThrow();

    assertThat(a.id()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(a.csrfToken()).hasSize(43).isNotEqualTo(a.id());
    assertThat(b.id()).isNotEqualTo(a.id());
    assertThat(a.toString()).doesNotContain(a.id()).doesNotContain(a.csrfToken());
  }

  @Test
  void useKeepsASessionAliveUntilItIsIdleForTheTimeout() {
    ConsoleSession session = sessions.create("a@example.com").orElseThrow();
    clock.advance(Duration.ofMinutes(20));
    assertThat(sessions.use(session.id())).isPresent();
    clock.advance(Duration.ofMinutes(29));
    assertThat(sessions.use(session.id())).isPresent();

    clock.advance(Duration.ofMinutes(30));

    assertThat(sessions.use(session.id())).isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void expiryIsTheEarlierOfIdleAndAbsolute() {
    ConsoleSession session = sessions.create("a@example.com").orElseThrow();
    assertThat(sessions.expiry(session)).isEqualTo(session.created().plus(Duration.ofMinutes(30)));

    for (int i = 0; i < 16; i++) {
      clock.advance(Duration.ofMinutes(29));
      session = sessions.use(session.id()).orElseThrow();
    }

    assertThat(sessions.expiry(session)).isEqualTo(session.created().plus(Duration.ofHours(8)));
  }

  @Test
  void unknownIdsAndRemovedSessionsAreNotFound() {
    ConsoleSession session = sessions.create("a@example.com").orElseThrow();

    assertThat(sessions.use("nope")).isEmpty();
    assertThat(sessions.remove(session.id())).isTrue();
    assertThat(sessions.remove(session.id())).isFalse();
    assertThat(sessions.use(session.id())).isEmpty();
  }

  @Test
  void noMoreThanMaxSessionsLiveAtOnce() {
    ConsoleSessions two =
        new ConsoleSessions(
            new ConsoleSettings(
                Duration.ofMinutes(30), Duration.ofHours(8), 5, Duration.ofMinutes(15), 2),
            clock,
            new SecureRandom());
    two.create("a@example.com");
    two.create("b@example.com");

    assertThat(two.create("c@example.com")).isEmpty();
    clock.advance(Duration.ofMinutes(31));
    assertThat(two.create("c@example.com")).isPresent();
  }

  @Test
  void csrfTokensCompareExactly() {
    ConsoleSession session = sessions.create("a@example.com").orElseThrow();

    assertThat(ConsoleSessions.csrfMatches(session, session.csrfToken())).isTrue();
    assertThat(ConsoleSessions.csrfMatches(session, session.csrfToken() + "x")).isFalse();
    assertThat(ConsoleSessions.csrfMatches(session, "")).isFalse();
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(
            () ->
                new ConsoleSettings(
                    Duration.ofHours(9), Duration.ofHours(8), 5, Duration.ofMinutes(1), 1))
        .hasMessageContaining("idle timeout");
    assertThatThrownBy(
            () ->
                new ConsoleSettings(
                    Duration.ZERO, Duration.ofHours(8), 5, Duration.ofMinutes(1), 1))
        .hasMessageContaining("positive");
    assertThatThrownBy(
            () ->
                new ConsoleSettings(
                    Duration.ofMinutes(1), Duration.ofHours(8), 0, Duration.ofMinutes(1), 1))
        .hasMessageContaining("login failures");
    assertThat(Optional.of(ConsoleSettings.defaults()))
        .hasValueSatisfying(s -> assertThat(s.maxLoginFailures()).isEqualTo(5));
  }
}
