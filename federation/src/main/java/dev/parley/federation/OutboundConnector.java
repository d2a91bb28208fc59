package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens outbound server streams: DNS discovery, then each SRV target and address in order until one
 * accepts the TCP connection (RFC 6120 §3.2, RFC 2782), then the stream negotiation. Runs on
 * virtual threads; nothing here blocks an event loop.
 */
final class OutboundConnector {
  private static final Logger LOG = LoggerFactory.getLogger(OutboundConnector.class);
  private final FederationContext context;

  OutboundConnector(FederationContext context) {
    this.context = context;
  }

  void connect(
      String local,
      String remote,
      OutboundPurpose purpose,
      boolean tlsAllowed,
      OutboundAttempt attempt) {
    context
        .blocking()
        .execute(() -> resolveAndConnect(local, remote, purpose, tlsAllowed, attempt));
  }

  private void resolveAndConnect(
      String local,
      String remote,
      OutboundPurpose purpose,
      boolean tlsAllowed,
      OutboundAttempt attempt) {
    Resolution resolution = context.resolver().resolve(DomainJid.of(remote));
    switch (resolution) {
      case Resolution.Failed failed -> {
        context.count("dns", failed.reason());
        LOG.info(
            "federation: DNS lookup for {} failed: {} ({})",
            remote,
            failed.reason(),
            failed.text());
        attempt.failed(
            FederationFailure.notFound(
                failed.reason(), "no XMPP server found for " + remote + ": " + failed.text()),
            false);
      }
      case Resolution.Found found ->
          tryEndpoints(found.endpoints(), local, remote, purpose, tlsAllowed, attempt);
    }
  }

  private void tryEndpoints(
      List<RemoteEndpoint> endpoints,
      String local,
      String remote,
      OutboundPurpose purpose,
      boolean tlsAllowed,
      OutboundAttempt attempt) {
    String lastProblem = "no address";
    for (RemoteEndpoint endpoint : endpoints) {
      if (endpoint.directTls() && (!tlsAllowed || !context.mode().usesTls())) {
        continue; // XEP-0368 endpoints need TLS; skipped under No TLS or a plaintext fallback
      }
      for (InetAddress address : addresses(endpoint)) {
        InetSocketAddress target = new InetSocketAddress(address, endpoint.port());
        ChannelFuture connected =
            open(target, local, remote, purpose, tlsAllowed, endpoint.directTls(), attempt);
        connected.awaitUninterruptibly();
        if (connected.isSuccess()) {
          LOG.info("federation: connected to {} at {} ({})", remote, target, endpoint.source());
          return;
        }
        lastProblem = target + ": " + connected.cause().getMessage();
        LOG.info(
            "federation: cannot connect to {} at {} ({}): {}",
            remote,
            target,
            endpoint.source(),
            connected.cause().toString());
      }
    }
    context.count("tcp", "failed");
    attempt.failed(
        FederationFailure.notFound(
            "tcp-refused",
            "no server of " + remote + " accepted a connection (" + lastProblem + ")"),
        false);
  }

  private List<InetAddress> addresses(RemoteEndpoint endpoint) {
    String host = endpoint.host();
    if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":")) {
      try {
        return List.of(InetAddress.getByName(host)); // an IP literal: no lookup happens
      } catch (java.net.UnknownHostException e) {
        return List.of();
      }
    }
    return context.resolver().addresses(host);
  }

  private ChannelFuture open(
      InetSocketAddress target,
      String local,
      String remote,
      OutboundPurpose purpose,
      boolean tlsAllowed,
      boolean directTls,
      OutboundAttempt attempt) {
    FederationLimits limits = context.limits();
    return new Bootstrap()
        .group(context.loops().workers())
        .channel(context.loops().clientChannel())
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) limits.connectTimeout().toMillis())
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel channel) {
                if (directTls) {
                  channel
                      .pipeline()
                      .addLast(
                          "tls",
                          context
                              .tls()
                              .clientHandler(local, remote, target.getPort(), channel.alloc()));
                }
                channel
                    .pipeline()
                    .addLast(
                        "idle",
                        new IdleStateHandler(
                            0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
                XmlStreamDecoder decoder = new XmlStreamDecoder(limits.xml());
                channel.pipeline().addLast("xml", decoder);
                OutboundStreamHandler handler =
                    new OutboundStreamHandler(
                        context,
                        purpose,
                        new OutboundLink(local, remote, tlsAllowed, directTls),
                        decoder,
                        attempt);
                channel.pipeline().addLast("stream", handler);
                context
                    .timers()
                    .schedule(
                        handler::negotiationTimedOut,
                        limits.negotiationTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
              }
            })
        .connect(target);
  }
}
