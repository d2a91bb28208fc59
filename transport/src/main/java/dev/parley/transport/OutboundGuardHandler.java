package dev.parley.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Bounds what one connection may hold in its outbound buffer (see {@link OutboundLimits}).
 *
 * <ul>
 *   <li>Sets the channel's write buffer watermarks.
 *   <li>While the channel is unwritable it stops reading from it: a peer that does not read its
 *       data must not be able to keep sending requests whose answers pile up here. TCP flow control
 *       then pushes back on the peer. Reading resumes when the channel is writable again.
 *   <li>When the backlog passes the hard limit, or the channel stays unwritable too long, it fires
 *       one {@link OutboundOverflow} for the stream handler to send its stream error, then refuses
 *       every later write with {@link OutboundRefusedException} (so memory stays bounded and
 *       writers can reroute), and closes the channel after {@link OutboundLimits#closeGrace()}.
 * </ul>
 *
 * <p>One instance per channel, on its event loop; place it between the TLS handler and the stream
 * handler so that it sees every write and the stream handler sees its event.
 */
public final class OutboundGuardHandler extends ChannelDuplexHandler {
  private static final AttributeKey<OutboundGuardHandler> GUARD =
      AttributeKey.valueOf(OutboundGuardHandler.class, "guard");
  private final OutboundLimits limits;
  private volatile boolean refusing;
  private long unwritableSince;
  private ScheduledFuture<?> deadline;
  private boolean tripping;
  private boolean tripped;

  public OutboundGuardHandler(OutboundLimits limits) {
    this.limits = limits;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    ctx.channel().config().setWriteBufferWaterMark(limits.waterMark());
    ctx.channel().attr(GUARD).set(this);
  }

  /**
   * True when {@code channel}'s guard would refuse a new write: it already tripped, or the backlog
   * is past the hard limit. Writers on other threads ask first, so that a flood of deliveries does
   * not pile up encoded in the event loop's task queue before the guard sees it. Any thread.
   */
  public static boolean refuses(Channel channel) {
    OutboundGuardHandler guard = channel.attr(GUARD).get();
    if (guard == null) {
      return false;
    }
    if (guard.refusing) {
      return true;
    }
    ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
    return buffer != null && buffer.totalPendingWriteBytes() > guard.limits.maxPendingBytes();
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (tripped) {
      ReferenceCountUtil.release(msg);
      promise.setFailure(new OutboundRefusedException());
      return;
    }
    ctx.write(msg, promise);
    if (!tripping && !ctx.channel().isWritable()) {
      long pending = pendingBytes(ctx);
      if (pending > limits.maxPendingBytes()) {
        trip(ctx, OutboundOverflow.Reason.PENDING_BYTES, pending);
      }
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (!tripping && !tripped) {
      if (ctx.channel().isWritable()) {
        cancelDeadline();
        ctx.channel().config().setAutoRead(true);
      } else if (deadline == null) {
        unwritableSince = ctx.executor().ticker().nanoTime();
        ctx.channel().config().setAutoRead(false);
        deadline =
            ctx.executor()
                .schedule(
                    () -> trip(ctx, OutboundOverflow.Reason.UNWRITABLE_TIMEOUT, pendingBytes(ctx)),
                    limits.maxUnwritable().toNanos(),
                    TimeUnit.NANOSECONDS);
      }
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancelDeadline();
    ctx.fireChannelInactive();
  }

  private void trip(ChannelHandlerContext ctx, OutboundOverflow.Reason reason, long pending) {
    if (tripping || tripped || !ctx.channel().isActive()) {
      return;
    }
    cancelDeadline();
    Duration unwritableFor = Duration.ofNanos(ctx.executor().ticker().nanoTime() - unwritableSince);
    // The stream handler writes its stream error while this event runs; only later writes are
    // refused. The error can only reach the peer after everything queued before it.
    tripping = true;
    ctx.fireUserEventTriggered(new OutboundOverflow(reason, pending, unwritableFor));
    tripping = false;
    tripped = true;
    refusing = true;
    ctx.executor()
        .schedule(() -> ctx.channel().close(), limits.closeGrace().toNanos(), TimeUnit.NANOSECONDS);
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }

  /** Bytes queued on the channel, including writes still waiting to run on the event loop. */
  private static long pendingBytes(ChannelHandlerContext ctx) {
    ChannelOutboundBuffer buffer = ctx.channel().unsafe().outboundBuffer();
    return buffer == null ? 0 : buffer.totalPendingWriteBytes();
  }
}
