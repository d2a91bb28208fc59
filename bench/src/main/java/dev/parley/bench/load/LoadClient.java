package dev.parley.bench.load;

import dev.parley.protocol.Element;
import dev.parley.protocol.XmlLimits;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One lightweight XMPP client made for load: it negotiates STARTTLS (OpenSSL), SASL and a resource,
 * sends initial presence (so that messages to its bare JID are delivered to it, RFC 6121
 * §8.5.2.1.1), then only sends stanzas and hands received messages and presences to a {@link
 * MessageSink}. A Netty channel on the shared {@link ClientTransport} event loops; no thread, no
 * roster and no stanza objects on the send path per connection, so 100,000 fit in one JVM.
 */
public final class LoadClient implements AutoCloseable {
  /**
   * Source addresses used towards a loopback server: 127.0.0.2 .. 127.0.0.251. Each source address
   * has its own ephemeral port range, so many connections (and a login loop's TIME_WAIT sockets) do
   * not run out of ports.
   */
  static final int SOURCE_ADDRESSES = 250;

  private final int index;
  private final Channel channel;
  private final ClientStream stream;
  private final String jid;
  private final Runnable flush;
  private boolean flushQueued; // event loop only

  private LoadClient(int index, Channel channel, ClientStream stream, String jid) {
    this.index = index;
    this.channel = channel;
    this.stream = stream;
    this.jid = jid;
    this.flush =
        () -> {
          flushQueued = false;
          channel.flush();
        };
  }

  /**
   * Connects and logs in; from then on {@code sink} is called on the client's event loop thread.
   *
   * @param index the client's number in its scenario, passed back to the sink
   * @throws IOException when any step fails; the message names the step
   */
  public static LoadClient connect(
      ClientSettings settings, int index, String localpart, String password, MessageSink sink)
      throws IOException {
    return await(connectAsync(settings, index, localpart, password, sink), settings);
  }

  /**
   * Starts connecting and logging in without waiting: the future fails with an {@link IOException}
   * naming the failed step.
   */
  public static CompletableFuture<LoadClient> connectAsync(
      ClientSettings settings, int index, String localpart, String password, MessageSink sink) {
    ClientStream stream =
        new ClientStream(settings, new ClientStream.Login(index, localpart, password, sink, false));
    Channel channel = open(settings, index, stream);
    return stream
        .ready()
        .thenApply(jid -> new LoadClient(index, channel, stream, jid))
        .whenComplete(
            (client, failure) -> {
              if (failure != null) {
                channel.close();
              }
            });
  }

  /**
   * One full login, then a polite close: TCP, STARTTLS, SASL, bind, initial presence, and an
   * XEP-0199 ping whose answer proves the server has processed the presence (it handles a stream's
   * stanzas in order).
   */
  public static void loginOnce(
      ClientSettings settings, int index, String localpart, String password) throws IOException {
    MessageSink none =
        new MessageSink() {
          @Override
          public void message(int client, Element message) {
            // A measured login reads nothing after its ping.
          }

          @Override
          public void disconnected(int client, Exception cause) {
            // Closed right after the ping anyway.
          }
        };
    ClientStream stream =
        new ClientStream(settings, new ClientStream.Login(index, localpart, password, none, true));
    Channel channel = open(settings, index, stream);
    try {
      await(stream.ready(), settings);
    } finally {
      stream.closing();
      endStream(channel);
    }
  }

  private static Channel open(ClientSettings settings, int index, ClientStream stream) {
    InetSocketAddress server = settings.endpoint().socketAddress();
    Bootstrap bootstrap =
        new Bootstrap()
            .group(settings.transport().group())
            .channel(settings.transport().channel())
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.timeout().toMillis())
            .handler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel channel) {
                    channel
                        .pipeline()
                        .addLast("xml", new XmlStreamDecoder(XmlLimits.DEFAULT))
                        .addLast("client", stream);
                  }
                });
    InetSocketAddress source = source(server, index);
    ChannelFuture connected =
        source == null ? bootstrap.connect(server) : bootstrap.connect(server, source);
    connected.addListener(
        (ChannelFuture done) -> {
          if (!done.isSuccess()) {
            stream.connectFailed(done.cause());
          }
        });
    return connected.channel();
  }

  /** 127.0.0.2 .. 127.0.0.251 by {@code index} towards an IPv4 loopback server, else none. */
  private static InetSocketAddress source(InetSocketAddress server, int index) {
    if (server.getAddress() == null
        || !server.getAddress().isLoopbackAddress()
        || server.getAddress().getAddress().length != 4) {
      return null;
    }
    byte[] source = {127, 0, 0, (byte) (2 + Math.floorMod(index, SOURCE_ADDRESSES))};
    try {
      return new InetSocketAddress(InetAddress.getByAddress(source), 0);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  /**
   * Waits for a login: every step has its own deadline (the timeout), so this wait only guards
   * against a lost callback.
   */
  private static <T> T await(CompletableFuture<T> future, ClientSettings settings)
      throws IOException {
    try {
      return future.get(settings.timeout().toMillis() * 10, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? new IOException(io.getMessage(), io)
          : new IOException("login failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("login did not finish in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while logging in");
    }
  }

  /**
   * Shows every stanza this client receives to {@code observer} too (on its event loop thread: it
   * must not block), for set-up steps such as joining a room; {@code element -> {}} stops it.
   */
  public void observe(Consumer<Element> observer) {
    stream.observe(observer);
  }

  /** The client's number in its scenario. */
  public int index() {
    return index;
  }

  /** The full JID the server bound. */
  public String jid() {
    return jid;
  }

  /**
   * Sends one stanza (already serialised) without waiting. Stanzas sent while a flush is pending
   * leave with it: one TLS record and one socket write for a burst instead of one per stanza.
   *
   * @throws IOException when the connection is already closed
   */
  public void send(String stanza) throws IOException {
    if (!channel.isActive()) {
      throw new IOException("connection closed");
    }
    if (channel.eventLoop().inEventLoop()) {
      write(stanza);
    } else {
      channel.eventLoop().execute(() -> write(stanza));
    }
  }

  /**
   * Runs {@code task} on this client's event loop at {@code deadline} ({@link System#nanoTime}), or
   * at once if that has passed; a {@link #send} from the task goes to the socket without a hop.
   */
  public void at(long deadline, Runnable task) {
    channel.eventLoop().schedule(task, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  private void write(String stanza) {
    channel.write(ByteBufUtil.writeUtf8(channel.alloc(), stanza), channel.voidPromise());
    if (!flushQueued) {
      // Runs after the writes already queued on the event loop: they share the flush.
      flushQueued = true;
      channel.eventLoop().execute(flush);
    }
  }

  /** Closes the stream politely, then the connection, without waiting. */
  @Override
  public void close() {
    stream.closing();
    endStream(channel);
  }

  private static void endStream(Channel channel) {
    if (channel.isActive()) {
      channel
          .writeAndFlush(ByteBufUtil.writeUtf8(channel.alloc(), "</stream:stream>"))
          .addListener(ChannelFutureListener.CLOSE);
    } else {
      channel.close();
    }
  }
}
