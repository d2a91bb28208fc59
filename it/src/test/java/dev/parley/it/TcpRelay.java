package dev.parley.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener that stands for a slow server: while holding it accepts connections and never
 * answers (a peer stuck mid-negotiation); once {@link #forwardTo} is called, new connections are
 * relayed byte for byte to a real server. It counts the connections it accepts.
 */
final class TcpRelay implements AutoCloseable {
  private final ServerSocket listener;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicBoolean forwarding = new AtomicBoolean();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile int target;

  TcpRelay() throws IOException {
    listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
    Thread.ofVirtual().name("tcp-relay").start(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  int accepted() {
    return accepted.get();
  }

  /** From now on, new connections go to {@code port} on 127.0.0.1. */
  void forwardTo(int port) {
    target = port;
    forwarding.set(true);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        sockets.add(socket);
        accepted.incrementAndGet();
        if (forwarding.get()) {
          Socket upstream = new Socket(InetAddress.getByName("127.0.0.1"), target);
          sockets.add(upstream);
          pump(socket, upstream);
          pump(upstream, socket);
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread.ofVirtual()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(TcpRelay::closeQuietly);
  }
}
