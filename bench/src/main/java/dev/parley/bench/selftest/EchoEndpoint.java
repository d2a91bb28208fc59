package dev.parley.bench.selftest;

import dev.parley.bench.compare.BenchServer;
import dev.parley.bench.load.Endpoint;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.transport.TlsContexts;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process echo endpoint of the self-test: a Netty listener with one event loop (a server on
 * one core, like the servers under test) whose {@link EchoSession}s log the tool's clients in and
 * deliver their messages to each other. It is a {@link BenchServer} so the comparison's own
 * workloads run against it unchanged; its "server CPU" is the tool's whole process.
 */
public final class EchoEndpoint implements BenchServer {
  private static final Logger LOG = LoggerFactory.getLogger(EchoEndpoint.class);

  private final EventLoopGroup loop;
  private final Channel listener;
  private final ChannelGroup sessions;
  private final Endpoint endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EchoEndpoint(
      EventLoopGroup loop, Channel listener, ChannelGroup sessions, Endpoint endpoint) {
    this.loop = loop;
    this.listener = listener;
    this.sessions = sessions;
    this.endpoint = endpoint;
  }

  /**
   * Listens on {@code host} (an ephemeral port) for {@code domain}, with {@code certificate} for
   * STARTTLS and {@code password} (SCRAM-SHA-1, {@code iterations}) for every account.
   */
  public static EchoEndpoint start(
      String domain, String host, IssuedCertificate certificate, String password, int iterations)
      throws IOException, InterruptedException {
    SslContext tls =
        SslContextBuilder.forServer(
                certificate.key(), certificate.chain().toArray(new X509Certificate[0]))
            // As the node: BoringSSL with reference-counted engines, freed when the connection
            // closes
            // (the plain OPENSSL provider leaves each engine's native state to the GC).
            .sslProvider(TlsContexts.PROVIDER)
            .protocols("TLSv1.3", "TLSv1.2")
            .build();
    ScramServer scram = new ScramServer(password, iterations);
    EchoDirectory directory = new EchoDirectory();
    ChannelGroup sessions = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    boolean epoll = Epoll.isAvailable();
    EventLoopGroup loop =
        new MultiThreadIoEventLoopGroup(
            1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    try {
      Channel listener =
          new ServerBootstrap()
              .group(loop)
              .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                      sessions.add(channel);
                      channel.pipeline().addLast(new EchoSession(domain, tls, scram, directory));
                    }
                  })
              .bind(host, 0)
              .sync()
              .channel();
      int port = ((InetSocketAddress) listener.localAddress()).getPort();
      LOG.info("echo endpoint for {} on {}:{}", domain, host, port);
      return new EchoEndpoint(loop, listener, sessions, new Endpoint(domain, host, port));
    } catch (RuntimeException | InterruptedException e) {
      loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /**
   * Pins the endpoint's event loop thread to {@code core} ({@code taskset} on its Linux thread id),
   * so the endpoint takes the servers' core and the tool keeps its own, as in a comparison.
   */
  public void pinTo(int core) throws IOException, InterruptedException {
    String tid;
    try {
      tid = loop.submit(EchoEndpoint::threadId).get();
    } catch (ExecutionException e) {
      throw new IOException("cannot find the event loop's thread id", e.getCause());
    }
    Process taskset =
        new ProcessBuilder("taskset", "-cp", Integer.toString(core), tid)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (taskset.waitFor() != 0) {
      throw new IOException("taskset could not pin the echo endpoint to core " + core);
    }
  }

  /** The Linux thread id of the calling thread: /proc/thread-self links to .../task/<tid>. */
  private static String threadId() throws IOException {
    Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
    return link.getFileName().toString();
  }

  @Override
  public String software() {
    return "in-process echo endpoint (Netty, one event loop, BoringSSL)";
  }

  @Override
  public long pid() {
    return ProcessHandle.current().pid();
  }

  @Override
  public Endpoint c2s() {
    return endpoint;
  }

  @Override
  public boolean hasMuc() {
    return false;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    listener.close().syncUninterruptibly();
    // Closed explicitly: the clients must see the end of their connections, whatever the
    // transport does with its channels when its loop shuts down.
    sessions.close().awaitUninterruptibly();
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
