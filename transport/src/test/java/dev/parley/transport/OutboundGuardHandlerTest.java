package dev.parley.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Drives the guard with an embedded channel: writes that are not flushed stay pending, which is
 * what a peer that does not read looks like from the server's side.
 */
class OutboundGuardHandlerTest {
  private static final OutboundLimits LIMITS =
      new OutboundLimits(1024, 4096, 16 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(2));
  private final List<OutboundOverflow> events = new ArrayList<>();
  private final EmbeddedChannel channel =
      new EmbeddedChannel(
          new OutboundGuardHandler(LIMITS),
          new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
              if (event instanceof OutboundOverflow overflow) {
                events.add(overflow);
                // The stream handler's stream error goes out while the event runs.
                ctx.channel().write(Unpooled.wrappedBuffer(new byte[] {'!'}));
              }
            }
          });

  private ChannelFuture writeKib(int kib) {
    return channel.write(Unpooled.wrappedBuffer(new byte[kib * 1024]));
  }

  @Test
  void setsWatermarksAndKeepsReadingWhileWritable() {
    assertThat(channel.config().getWriteBufferLowWaterMark()).isEqualTo(1024);
    assertThat(channel.config().getWriteBufferHighWaterMark()).isEqualTo(4096);
    writeKib(3);
    assertThat(channel.isWritable()).isTrue();
    assertThat(channel.config().isAutoRead()).isTrue();
  }

  @Test
  void stopsReadingWhileUnwritableAndResumesWhenDrained() {
    writeKib(5);
    assertThat(channel.isWritable()).isFalse();
    assertThat(channel.config().isAutoRead()).isFalse();

    channel.flush(); // the peer reads: the embedded channel takes everything
    assertThat(channel.isWritable()).isTrue();
    assertThat(channel.config().isAutoRead()).isTrue();
    channel.advanceTimeBy(31, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(events).isEmpty();
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void passingTheHardLimitFiresOnceRefusesLaterWritesAndClosesAfterTheGrace() {
    for (int i = 0; i < 14; i++) { // 14 KiB plus the buffer's per-entry overhead
      writeKib(1);
    }
    assertThat(events).isEmpty();
    assertThat(OutboundGuardHandler.refuses(channel)).isFalse();
    writeKib(3);
    assertThat(events).hasSize(1);
    assertThat(OutboundGuardHandler.refuses(channel)).isTrue();
    assertThat(events.get(0).reason()).isEqualTo(OutboundOverflow.Reason.PENDING_BYTES);
    assertThat(events.get(0).pendingBytes()).isGreaterThan(16 * 1024);

    ChannelFuture refused = writeKib(1);
    assertThat(refused.isDone()).isTrue();
    assertThat(refused.cause()).isInstanceOf(OutboundRefusedException.class);
    assertThat(events).hasSize(1);
    assertThat(channel.isOpen()).isTrue();

    channel.advanceTimeBy(2, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void stayingUnwritableTooLongFiresTheTimeout() {
    writeKib(5);
    channel.advanceTimeBy(29, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(events).isEmpty();

    channel.advanceTimeBy(2, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).reason()).isEqualTo(OutboundOverflow.Reason.UNWRITABLE_TIMEOUT);
    assertThat(events.get(0).unwritableFor()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
  }
}
