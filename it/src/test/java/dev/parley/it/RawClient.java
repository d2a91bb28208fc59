package dev.parley.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A scripted XMPP client over a real socket, for conversations no well-behaved library would have:
 * hostile input, spoofing, exact negotiation. It reads raw text and waits for markers.
 */
final class RawClient implements AutoCloseable {
  private final TestNode node;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final StringBuilder received = new StringBuilder();
  private int consumed;

  RawClient(TestNode node) throws IOException {
    this.node = node;
    this.socket = new Socket();
    socket.connect(node.startTlsAddress(), 5_000);
    socket.setSoTimeout(200);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  void send(String xml) throws IOException {
    send(xml.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void openStream() throws IOException {
    send(
        "<?xml version='1.0'?><stream:stream to='localhost' version='1.0'"
            + " xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
  }

  /** Waits until the text received since the last call contains {@code marker}. */
  String await(String marker) throws IOException {
    return await(marker, Duration.ofSeconds(10));
  }

  String await(String marker, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[8192];
    while (received.indexOf(marker, consumed) < 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + marker + "; got: " + unread());
      }
      try {
        int n = in.read(buffer);
        if (n < 0) {
          throw new AssertionError(
              "connection closed waiting for " + marker + "; got: " + unread());
        }
        received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      } catch (SocketTimeoutException e) {
        // keep waiting until the deadline
      }
    }
    int end = received.indexOf(marker, consumed) + marker.length();
    String text = received.substring(consumed, end);
    consumed = end;
    return text;
  }

  private String unread() {
    return received.substring(consumed);
  }

  /** True when the server closed the connection within the timeout. */
  boolean closedByServer(Duration timeout) throws IOException {
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

  /** STARTTLS, PLAIN authentication and resource binding. */
  void login(String user, String password, String resource) throws IOException {
    startTls();
    String token = "\0" + user + "\0" + password;
    send(
        "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
            + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
            + "</auth>");
    await("<success");
    openStream();
    await("</stream:features>");
    send(
        "<iq type='set' id='bind1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>"
            + resource
            + "</resource></bind></iq>");
    await("</iq>");
  }

  void startTls() throws IOException {
    openStream();
    await("</stream:features>");
    send("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    await("<proceed");
    SSLContext context = node.trustingContext();
    InetSocketAddress address = node.startTlsAddress();
    SSLSocket tls =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(socket, TestNode.DOMAIN, address.getPort(), true);
    tls.setSoTimeout(200);
    tls.startHandshake();
    socket = tls;
    in = tls.getInputStream();
    out = tls.getOutputStream();
    openStream();
    await("</stream:features>");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
