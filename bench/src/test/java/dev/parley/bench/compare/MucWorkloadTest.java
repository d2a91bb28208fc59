package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Endpoint;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MucWorkloadTest {

  @Test
  void aQuietServerIsNotWaitedFor() throws IOException, InterruptedException {
    Process idle = new ProcessBuilder("sleep", "30").start();
    try {
      long start = System.nanoTime();
      MucWorkload.awaitQuiet(server(idle.pid()), Duration.ofSeconds(20));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    } finally {
      idle.destroy();
    }
  }

  private static BenchServer server(long pid) {
    return new BenchServer() {
      @Override
      public String software() {
        return "test";
      }

      @Override
      public long pid() {
        return pid;
      }

      @Override
      public Endpoint c2s() {
        return new Endpoint("bench.test", "127.0.0.1", 5222);
      }

      @Override
      public boolean hasMuc() {
        return true;
      }

      @Override
      public void close() {
        // Nothing started.
      }
    };
  }
}
