package dev.parley.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(ConsoleSettings.defaults(), clock);

  @Test
  void aKeyIsBlockedAfterFiveFailuresForTheRestOfTheWindow() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("address 10.0.0.1", "account a@example.com");
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(throttle.blocked("address 10.0.0.1", "account a@example.com")).isEmpty();

    throttle.failed("address 10.0.0.1", "account a@example.com");

    // The oldest failure was 4 minutes ago: it leaves the 15-minute window in 11 minutes.
    assertThat(throttle.blocked("address 10.0.0.1")).hasValue(Duration.ofMinutes(11));
    clock.advance(Duration.ofMinutes(11));
    assertThat(throttle.blocked("address 10.0.0.1")).isEmpty();
  }

  @Test
  void accountAndAddressAreLimitedSeparately() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("address 10.0.0." + i, "account admin@example.com");
    }

    assertThat(throttle.blocked("address 10.0.0.9", "account admin@example.com")).isPresent();
    assertThat(throttle.blocked("address 10.0.0.9", "account other@example.com")).isEmpty();
    assertThat(throttle.blocked("address 10.0.0.1", "account other@example.com")).isEmpty();
  }

  @Test
  void successForgetsTheFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("address 10.0.0.1", "account a@example.com");
    }

    throttle.succeeded("address 10.0.0.1", "account a@example.com");

    assertThat(throttle.blocked("address 10.0.0.1", "account a@example.com")).isEmpty();
  }
}
