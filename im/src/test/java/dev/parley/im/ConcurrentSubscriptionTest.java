package dev.parley.im;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.fakes.RecordingSession;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two users approving each other's subscription requests at the same moment, each on their own
 * connection (thread), as the load tool's presence workload does: both rosters must end with
 * "both". Without serialising the changes of a roster, one approval overwrote the other's update of
 * the same item and the mutual subscription stayed half made.
 */
class ConcurrentSubscriptionTest {
  private static final int ROUNDS = 20;

  @Test
  void simultaneousApprovalsBothTakeEffect() throws Exception {
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
      for (int round = 0; round < ROUNDS; round++) {
        ImFixture im = new ImFixture(100, SlowReadRosterStore::new);
        RecordingSession alice = im.login("alice@example.com/home");
        RecordingSession bob = im.login("bob@example.com/r1");
        im.send(alice, "<presence to='bob@example.com' type='subscribe'/>");
        im.send(bob, "<presence to='alice@example.com' type='subscribe'/>");
        assertThat(im.state("alice", "bob")).isEqualTo("none+out+in");

        CountDownLatch start = new CountDownLatch(1);
        Future<?> fromAlice =
            threads.submit(
                () -> {
                  start.await();
                  im.send(alice, "<presence to='bob@example.com' type='subscribed'/>");
                  return null;
                });
        Future<?> fromBob =
            threads.submit(
                () -> {
                  start.await();
                  im.send(bob, "<presence to='alice@example.com' type='subscribed'/>");
                  return null;
                });
        start.countDown();
        fromAlice.get();
        fromBob.get();

        assertThat(im.state("alice", "bob")).as("round %d", round).isEqualTo("both");
        assertThat(im.state("bob", "alice")).as("round %d", round).isEqualTo("both");
      }
    }
  }
}
