package dev.parley.testkit.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Opens an XMPP stream with a plain socket and returns what the server answers up to the end of its
 * stream features (RFC 6120 §4.2 and §4.3.2): enough to see that it speaks XMPP on that port and
 * which features it offers, without any XMPP library.
 */
final class StreamProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private StreamProbe() {}

  /** A client stream ({@code jabber:client}) to {@code domain}. */
  static String client(InetSocketAddress address, String domain) throws IOException {
    return exchange(address, header("jabber:client", domain, ""), "</stream:features>");
  }

  /**
   * A client stream that authenticates with SASL PLAIN (RFC 4616) without TLS; returns everything
   * the server sent up to its {@code <success/>} or {@code <failure>} (RFC 6120 §6.4.5, §6.4.6).
   */
  static String plainLogin(InetSocketAddress address, String domain, String user, String password)
      throws IOException {
    String credentials =
        Base64.getEncoder()
            .encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    try (Socket socket = open(address)) {
      write(socket, header("jabber:client", domain, ""));
      String features = read(socket.getInputStream(), "</stream:features>");
      write(
          socket,
          "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
              + credentials
              + "</auth>");
      return features + read(socket.getInputStream(), "success", "</failure>");
    }
  }

  /** A server stream ({@code jabber:server}) from {@code from} to {@code domain}. */
  static String server(InetSocketAddress address, String from, String domain) throws IOException {
    return exchange(
        address,
        header("jabber:server", domain, " from='" + from + "' xmlns:db='jabber:server:dialback'"),
        "</stream:features>");
  }

  private static String header(String namespace, String to, String extra) {
    return "<?xml version='1.0'?><stream:stream xmlns='"
        + namespace
        + "' xmlns:stream='http://etherx.jabber.org/streams' to='"
        + to
        + "' version='1.0'"
        + extra
        + ">";
  }

  private static String exchange(InetSocketAddress address, String header, String end)
      throws IOException {
    try (Socket socket = open(address)) {
      write(socket, header);
      return read(socket.getInputStream(), end);
    }
  }

  private static Socket open(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(address, (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Reads until one of {@code ends} has arrived, the stream closes or the timeout passes. */
  private static String read(InputStream in, String... ends) throws IOException {
    StringBuilder answer = new StringBuilder();
    byte[] buffer = new byte[4096];
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try {
      while (System.nanoTime() < deadline && !containsAny(answer, ends)) {
        int read = in.read(buffer);
        if (read < 0) {
          break;
        }
        answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
    } catch (SocketTimeoutException e) {
      // Return what arrived; the caller's assertion says what was missing.
    }
    return answer.toString();
  }

  private static boolean containsAny(CharSequence text, String... parts) {
    String string = text.toString();
    for (String part : parts) {
      if (string.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
