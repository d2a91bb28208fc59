package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmupsTest {

  @Test
  void parleyWarmsUpLongerInAFullRunAndQuickStaysShort() {
    assertThat(Warmups.full().of(ServerKind.PARLEY)).isEqualTo(Duration.ofSeconds(10));
    assertThat(Warmups.full().of(ServerKind.PROSODY)).isEqualTo(Duration.ofSeconds(2));
    assertThat(Warmups.quick().of(ServerKind.PARLEY)).isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theCommandLineOverridesOnlyWhatItGives() {
    Warmups warmups = Warmups.full().override(Duration.ofSeconds(30), null);
    assertThat(warmups.of(ServerKind.PARLEY)).isEqualTo(Duration.ofSeconds(30));
    assertThat(warmups.of(ServerKind.EJABBERD)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void appliedToSizesItChangesTheWarmupAndNothingElse() {
    Sizes sizes = Sizes.quick();
    Sizes parley = Warmups.full().apply(sizes, ServerKind.PARLEY);
    assertThat(parley.warmup()).isEqualTo(Duration.ofSeconds(10));
    assertThat(parley.withWarmup(sizes.warmup())).isEqualTo(sizes);
    assertThat(Warmups.full().describe()).contains("Parley 10.0 s");
  }

  @Test
  void theSelfTestWarmsUpForAtLeastFiveSeconds() {
    assertThat(Warmups.quick().selfTest()).isEqualTo(Duration.ofSeconds(5));
    assertThat(Warmups.full().selfTest()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theFirstWindowAfterAStartWarmsUpFourTimesAsLongForEveryServer() {
    assertThat(Warmups.firstAfterStart(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(40));
    assertThat(Warmups.firstAfterStart(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(8));
    assertThat(Warmups.full().describe()).contains("first window after each server start");
  }

  @Test
  void aNegativeWarmupIsRefused() {
    assertThatThrownBy(() -> new Warmups(Duration.ofSeconds(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
