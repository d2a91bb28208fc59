package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapInfoTest {

  @Test
  void readsUsedAndCapacityOfZgc() {
    String out =
        "11171:\n ZHeap            used 60M, capacity 378M, max capacity 2048M\n Cache 318M (1)\n";
    assertThat(HeapInfo.parse(out)).isEqualTo(new HeapInfo(60L << 20, 378L << 20));
  }

  @Test
  void readsUsedAndTotalOfOlderG1() {
    String out =
        "42:\n garbage-first heap   total 262144K, used 12345K [0x0000000700000000,"
            + " 0x0000000800000000)\n  region size 1024K, 5 young (5120K)\n";
    assertThat(HeapInfo.parse(out)).isEqualTo(new HeapInfo(12345L << 10, 262144L << 10));
  }

  @Test
  void readsCommittedAndUsedOfG1SinceJdk25() {
    String out =
        "17552:\ngarbage-first heap   total reserved 6172672K, committed 81920K, used 19251K"
            + " [0x0000000687400000, 0x0000000800000000)\n";
    assertThat(HeapInfo.parse(out)).isEqualTo(new HeapInfo(19251L << 10, 81920L << 10));
  }

  @Test
  void readsGigabytes() {
    assertThat(HeapInfo.parse("ZHeap used 2G, capacity 3G, max capacity 4G").usedBytes())
        .isEqualTo(2L << 30);
  }

  @Test
  void anOutputWithoutFiguresIsRefused() {
    assertThatThrownBy(() -> HeapInfo.parse("42:\nCould not attach"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Could not attach");
  }
}
