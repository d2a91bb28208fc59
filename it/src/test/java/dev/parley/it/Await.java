package dev.parley.it;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for asynchronous effects in end-to-end tests, with a deadline and a clear failure. */
final class Await {
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  private Await() {}

  static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what);
      }
    }
  }

  static <T> T next(String what, BlockingQueue<T> queue) {
    try {
      T item = queue.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (item == null) {
        throw new AssertionError("timed out waiting for " + what);
      }
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what);
    }
  }
}
