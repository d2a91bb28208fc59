package dev.parley.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLSocket;

/**
 * A client that logs in, becomes available and then stops reading, the way a stalled or hostile
 * client does. Its receive buffer is small so that the backlog builds up on the server's side.
 */
final class SlowReader implements AutoCloseable {
  private final StringBuilder received = new StringBuilder();
  private Socket socket;
  private InputStream in;

  SlowReader(TestNode node, String user, String password) throws IOException {
    socket = new Socket();
    socket.setReceiveBufferSize(16 * 1024); // before connect: no window autotuning
    socket.connect(node.startTlsAddress(), 5_000);
    socket.setSoTimeout(200);
    in = socket.getInputStream();
    open();
    await("</stream:features>");
    send("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    await("<proceed");
    SSLSocket tls =
        (SSLSocket)
            node.trustingContext()
                .getSocketFactory()
                .createSocket(socket, TestNode.DOMAIN, node.startTlsAddress().getPort(), true);
    tls.setSoTimeout(200);
    tls.startHandshake();
    socket = tls;
    in = tls.getInputStream();
    open();
    await("</stream:features>");
    String token = "\0" + user + "\0" + password;
    send(
        "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
            + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
            + "</auth>");
    await("<success");
    open();
    await("</stream:features>");
    send(
        "<iq type='set' id='bind1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
            + "<resource>slow</resource></bind></iq>");
    await("</iq>");
    send("<presence/>");
    await("<presence");
    received.setLength(0);
  }

  private void open() throws IOException {
    send(
        "<?xml version='1.0'?><stream:stream to='localhost' version='1.0'"
            + " xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
  }

  private void send(String xml) throws IOException {
    socket.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  private void await(String marker) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (received.indexOf(marker) < 0) {
      if (System.nanoTime() > deadline || !readSome()) {
        throw new AssertionError("no " + marker + " in: " + received);
      }
    }
    received.delete(0, received.indexOf(marker) + marker.length());
  }

  /** False at the end of the stream. */
  private boolean readSome() throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try {
      int n = in.read(buffer);
      if (n < 0) {
        return false;
      }
      received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
    } catch (SocketTimeoutException e) {
      // nothing yet
    }
    return true;
  }

  /** Reads again, until the server closes the connection; returns everything read since login. */
  String drain(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (readSome()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the server did not close the connection");
        }
      }
    } catch (IOException e) {
      // a reset or a TLS close without close_notify: the end of the stream as well
    }
    return received.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
