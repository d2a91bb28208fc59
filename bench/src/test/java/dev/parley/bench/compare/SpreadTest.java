package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void theMedianOfThreeIsTheMiddleOne() {
    Spread s = Spread.of(List.of(300.0, 100.0, 200.0));
    assertThat(s.median()).isEqualTo(200.0);
    assertThat(s.min()).isEqualTo(100.0);
    assertThat(s.max()).isEqualTo(300.0);
    assertThat(s.spreadPercent()).isEqualTo(100.0);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Spread.of(List.of(1.0, 4.0, 2.0, 3.0)).median()).isEqualTo(2.5);
  }

  @Test
  void oneRunHasNoSpread() {
    assertThat(Spread.of(List.of(42.0)).spreadPercent()).isZero();
  }

  @Test
  void ratioAboveOneMeansBetterInEitherDirection() {
    Spread parley = Spread.of(List.of(300.0));
    Spread peer = Spread.of(List.of(200.0));
    assertThat(parley.ratioTo(peer, true)).isCloseTo(1.5, within(1e-9));
    // Memory: 300 KiB against 200 KiB is worse, so below 1.
    assertThat(parley.ratioTo(peer, false)).isCloseTo(0.667, within(1e-3));
  }
}
