package dev.parley.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;

/** One bound listening socket. */
public final class Listener implements AutoCloseable {
  private final String name;
  private final Channel channel;

  private Listener(String name, Channel channel) {
    this.name = name;
    this.channel = channel;
  }

  /** Binds {@code address} and serves every connection with {@code initializer}. */
  public static Listener bind(
      String name,
      InetSocketAddress address,
      EventLoops loops,
      ChannelInitializer<SocketChannel> initializer) {
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(loops.acceptors(), loops.workers())
            .channel(loops.serverChannel())
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(initializer);
    Channel channel = bootstrap.bind(address).syncUninterruptibly().channel();
    return new Listener(name, channel);
  }

  public String name() {
    return name;
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) channel.localAddress();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
  }
}
