package dev.parley.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The commented sample an operator starts from is a valid configuration, as documented. */
class SampleConfigTest {

  @Test
  void theSampleParleyYmlLoadsWithTheDocumentedValues() {
    NodeConfig config =
        ConfigLoader.load(Optional.of(Path.of("../dist/conf/parley.yml")), Optional.empty());
    assertThat(config.c2sSettings().outbound().maxPendingBytes()).isEqualTo(4L * 1024 * 1024);
    assertThat(config.c2sSettings().outbound().highWatermark()).isEqualTo(256 * 1024);
  }
}
