package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatsTest {

  @Test
  void readsUtimePlusStimeAfterACommandNameWithSpacesAndParentheses() {
    String stat =
        "4242 (my (odd) server) S 1 4242 4242 0 -1 4194560 1000 0 0 0 150 25 0 0 20 0 9 0 123"
            + " 456 789";
    assertThat(ProcStats.cpuTicks(stat)).isEqualTo(175);
  }

  @Test
  void readsVmRssInKib() {
    String status = "Name:\tprosody\nVmPeak:\t  99999 kB\nVmRSS:\t   51234 kB\nThreads:\t1\n";
    assertThat(ProcStats.rssKib(status)).isEqualTo(51234);
  }

  @Test
  void aStatusWithoutRssIsRefused() {
    assertThatThrownBy(() -> ProcStats.rssKib("Name:\tkthreadd\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cpuSecondsAreTicksOverOneHundred() {
    assertThat(new ProcStats(0, 450).cpuSecondsSince(new ProcStats(0, 200))).isEqualTo(2.5);
  }

  @Test
  void readsItsOwnProcess() throws Exception {
    ProcStats self = ProcStats.read(ProcessHandle.current().pid());
    assertThat(self.rssKib()).isPositive();
    assertThat(self.cpuTicks()).isPositive();
  }
}
