package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.BenchStamp;
import dev.parley.bench.load.ClientSettings;
import dev.parley.bench.load.Endpoint;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.TlsPolicy;
import dev.parley.bench.load.Trust;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TopologiesTest {
  private final Side side =
      new Side(
          new ClientSettings(
              new Endpoint("bench.test", "127.0.0.1", 5222),
              TlsPolicy.REQUIRED,
              Trust.context(Optional.empty()),
              "SCRAM-SHA-1",
              "load",
              Duration.ofSeconds(1)),
          new Accounts("bench.test", "load", 0, 8, "pw"));

  @Test
  void rosterCliquesExpectEveryoneButTheSender() {
    RosterTopology roster = new RosterTopology(side, 3); // cliques {0..3} and {4..7}
    assertThat(roster.copies()).isEqualTo(3);
    assertThat(roster.expects(1, 0)).isTrue();
    assertThat(roster.expects(0, 0)).isFalse(); // a server reflecting to the sender: ignored
    assertThat(roster.expects(4, 0)).isFalse();
    assertThat(roster.acknowledges(0, 2)).isTrue();
    assertThat(roster.acknowledges(1, 0)).isTrue();
    assertThat(roster.stanza(0, new BenchStamp(0, 1, 2), "x")).startsWith("<presence><status>");
  }

  @Test
  void aRoomReflectsToEveryoneAndTheSendersOwnCopyAcknowledges() {
    RoomTopology room = new RoomTopology(side, "bench0@muc.bench.test");
    assertThat(room.copies()).isEqualTo(8);
    assertThat(room.expects(3, 3)).isTrue();
    assertThat(room.acknowledges(3, 3)).isTrue();
    assertThat(room.acknowledges(2, 3)).isFalse();
    assertThat(room.stanza(3, new BenchStamp(3, 0, 0), "x"))
        .contains("type='groupchat'")
        .contains("to='bench0@muc.bench.test'");
  }

  @Test
  void aSlowButSteadyRosterSetUpIsWaitedForPastTheStallTime() throws InterruptedException {
    CountDownLatch approvals = new CountDownLatch(3);
    Thread server =
        Thread.ofVirtual()
            .start(
                () -> {
                  for (int i = 0; i < 3; i++) {
                    try {
                      Thread.sleep(900);
                    } catch (InterruptedException e) {
                      return;
                    }
                    approvals.countDown();
                  }
                });
    assertThat(RosterTopology.awaitProgressing(approvals, Duration.ofMillis(2500))).isTrue();
    server.join();
  }

  @Test
  void aRosterSetUpThatStopsIsGivenUp() throws InterruptedException {
    assertThat(RosterTopology.awaitProgressing(new CountDownLatch(1), Duration.ofSeconds(1)))
        .isFalse();
  }

  @Test
  void sizesLeaveThePresenceRangeApart() {
    Sizes quick = Sizes.quick();
    assertThat(quick.presenceFirst()).isGreaterThanOrEqualTo(quick.idleSessions());
    assertThat(quick.accounts()).isEqualTo(quick.presenceFirst() + quick.presenceUsers());
  }
}
