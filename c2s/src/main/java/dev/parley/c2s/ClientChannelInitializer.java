package dev.parley.c2s;

import dev.parley.transport.OutboundGuardHandler;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** Builds the pipeline of a client connection (see the transport package diagram). */
final class ClientChannelInitializer extends ChannelInitializer<SocketChannel> {
  private final C2sContext context;
  private final boolean directTls;
  private final ResumptionRegistry resumptions;
  private final SessionTermination termination;
  private final StanzaCounters counters;

  ClientChannelInitializer(
      C2sContext context,
      boolean directTls,
      ResumptionRegistry resumptions,
      SessionTermination termination,
      StanzaCounters counters) {
    this.context = context;
    this.counters = counters;
    this.directTls = directTls;
    this.resumptions = resumptions;
    this.termination = termination;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    if (directTls) {
      channel.pipeline().addLast("tls", context.tls().directTls());
    }
    C2sSettings settings = context.settings();
    channel
        .pipeline()
        .addLast(
            "idle",
            new IdleStateHandler(
                settings.idleTimeout().toMillis(),
                settings.keepaliveInterval().toMillis(),
                0,
                TimeUnit.MILLISECONDS));
    channel.pipeline().addLast("outbound", new OutboundGuardHandler(settings.outbound()));
    XmlStreamDecoder decoder = new XmlStreamDecoder(settings.limits());
    channel.pipeline().addLast("xml", decoder);
    ClientConnection connection =
        new ClientConnection(context, counters, channel, decoder, directTls);
    channel
        .pipeline()
        .addLast("stream", new ClientStreamHandler(connection, resumptions, termination));
  }
}
