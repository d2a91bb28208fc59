package dev.parley.bench.load;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The event loops every load client's connection runs on: epoll when the native transport loads,
 * NIO otherwise (as the node's own {@code EventLoops}). The threads are daemons, so a tool that
 * forgets a client still exits.
 *
 * @param group the event loops
 * @param channel the socket channel class that goes with them
 */
public record ClientTransport(EventLoopGroup group, Class<? extends SocketChannel> channel) {

  /** Threads of the {@link #shared()} transport; one by default, as the tool has one core. */
  public static final String THREADS_PROPERTY = "parley.bench.io-threads";

  /** New event loops with {@code threads} threads. */
  public static ClientTransport create(int threads) {
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory factory = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(
            threads, new DefaultThreadFactory("load-io", true), factory);
    return new ClientTransport(group, epoll ? EpollSocketChannel.class : NioSocketChannel.class);
  }

  /**
   * The process's default transport, made on first use with {@value #THREADS_PROPERTY} threads
   * (default 1). The workloads log in through static entry points, and one set of event loops for
   * every client of the process is the point: a second set would only compete for the same core.
   */
  public static ClientTransport shared() {
    return Shared.INSTANCE;
  }

  /** Holder: the shared loops start only when a client first connects. */
  private static final class Shared {
    static final ClientTransport INSTANCE = create(Integer.getInteger(THREADS_PROPERTY, 1));
  }
}
