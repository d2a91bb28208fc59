package dev.parley.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a server-to-server stream over a plain socket, scripted by a test to behave as no
 * well-behaved server would (a made-up dialback key, a spoofed {@code from}). It reads raw text and
 * waits for patterns; it never parses XML, so it cannot be fooled by the code under test.
 */
final class RawServerStream implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(15);
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final StringBuilder received = new StringBuilder();
  private int consumed;

  RawServerStream(Socket socket) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(100);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  static RawServerStream connect(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    socket.connect(address, 5_000);
    return new RawServerStream(socket);
  }

  /** The opening of a jabber:server stream with the dialback namespace declared. */
  static String header(String from, String to, String id) {
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:server'"
        + " xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback'"
        + " from='"
        + from
        + "' to='"
        + to
        + "'"
        + (id.isEmpty() ? "" : " id='" + id + "'")
        + " version='1.0'>";
  }

  void send(String xml) throws IOException {
    out.write(xml.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Waits until the unread text matches {@code regex}; consumes up to the end of the match. */
  Matcher await(String regex) throws IOException {
    Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
    long deadline = System.nanoTime() + WAIT.toNanos();
    byte[] buffer = new byte[8192];
    while (true) {
      Matcher matcher = pattern.matcher(received);
      if (matcher.find(consumed)) {
        consumed = matcher.end();
        return matcher;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for /" + regex + "/; got: " + unread());
      }
      try {
        int n = in.read(buffer);
        if (n < 0) {
          throw new AssertionError("connection closed waiting for /" + regex + "/: " + unread());
        }
        received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      } catch (SocketTimeoutException e) {
        // keep waiting until the deadline
      }
    }
  }

  /** True when the peer closed the connection within {@code timeout}. */
  boolean closedByPeer(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[8192];
    while (System.nanoTime() < deadline) {
      try {
        int n = in.read(buffer);
        if (n < 0) {
          return true;
        }
        received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      } catch (SocketTimeoutException e) {
        // keep waiting
      } catch (IOException e) {
        return true;
      }
    }
    return false;
  }

  /** Everything received so far, read or not. */
  String transcript() {
    return received.toString();
  }

  String unread() {
    return received.substring(consumed);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
