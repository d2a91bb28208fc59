package dev.parley.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final SerialExecutor serial = new SerialExecutor(threads);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void runsTasksOneAtATimeInOrder() throws Exception {
    List<Integer> ran = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(100);
    for (int i = 0; i < 100; i++) {
      int n = i;
      serial.execute(
          () -> {
            ran.add(n); // unsynchronized on purpose: tasks never overlap
            done.countDown();
          });
    }

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).isSortedAccordingTo(Integer::compare).hasSize(100);
  }

  @Test
  void isIdleOnlyWhenNothingIsQueuedOrRunning() throws Exception {
    assertThat(serial.idle()).isTrue();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    serial.execute(
        () -> {
          started.countDown();
          await(release);
        });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(serial.idle()).as("running").isFalse();

    serial.execute(second::countDown);
    release.countDown();
    assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!serial.idle() && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // the drain loop marks itself done just after the last task
    }
    assertThat(serial.idle()).as("after the last task").isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
