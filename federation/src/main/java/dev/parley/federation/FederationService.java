package dev.parley.federation;

import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.transport.Listener;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running federation connection manager of one node: the 5269 listener (and direct TLS), the
 * outbound routes, and every live server stream. It exists only while federation is on for the
 * node; the composition root hands {@link #outbound()} to the router.
 */
public final class FederationService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FederationService.class);
  private final FederationContext context;
  private final OutboundRoutes outbound;
  private final List<Listener> listeners = new ArrayList<>();

  private FederationService(FederationContext context) {
    this.context = context;
    this.outbound = new OutboundRoutes(context);
  }

  /** Starts listening and accepting outbound work with the settings in {@code context}. */
  public static FederationService start(
      FederationContext context, InetSocketAddress s2s, Optional<InetSocketAddress> directTls) {
    FederationService service = new FederationService(context);
    service.listeners.add(Listener.bind("s2s", s2s, context.loops(), service.initializer(false)));
    directTls.ifPresent(
        address ->
            service.listeners.add(
                Listener.bind(
                    "s2s-direct-tls", address, context.loops(), service.initializer(true))));
    for (Listener listener : service.listeners) {
      LOG.info(
          "{} listening on {} (security mode {})",
          listener.name(),
          listener.address(),
          context.mode());
    }
    return service;
  }

  private ChannelInitializer<SocketChannel> initializer(boolean directTls) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel channel) {
        if (directTls) {
          channel.pipeline().addLast("tls", context.tls().directTls());
        }
        channel
            .pipeline()
            .addLast(
                "idle",
                new IdleStateHandler(
                    0, 0, context.limits().idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        XmlStreamDecoder decoder = new XmlStreamDecoder(context.limits().xml());
        channel.pipeline().addLast("xml", decoder);
        channel
            .pipeline()
            .addLast("stream", new InboundStreamHandler(context, outbound, decoder, directTls));
      }
    };
  }

  /** Where the router sends stanzas for remote domains. */
  public OutboundRoutes outbound() {
    return outbound;
  }

  public ServerStreams streams() {
    return context.streams();
  }

  public List<InetSocketAddress> addresses() {
    return listeners.stream().map(Listener::address).toList();
  }

  public FederationSettings settings() {
    return context.settings();
  }

  /** Stops accepting server connections, so that a restarted service can take the ports. */
  public void stopListening() {
    for (Listener listener : listeners) {
      listener.close();
    }
    listeners.clear();
  }

  @Override
  public void close() {
    stopListening();
    outbound.close();
    for (ServerStream stream : context.streams().all()) {
      stream.close(StreamError.of(StreamErrorCondition.SYSTEM_SHUTDOWN, "federation is stopping"));
    }
    LOG.info("federation stopped");
  }
}
