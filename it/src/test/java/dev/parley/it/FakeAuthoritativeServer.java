package dev.parley.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;

/**
 * The authoritative server of a made-up domain (XEP-0220 §2.3): it accepts the receiving server's
 * connection, offers dialback and answers every {@code <db:verify/>} with a fixed verdict, which is
 * how a test makes a dialback key right or wrong without knowing anybody's secret.
 */
final class FakeAuthoritativeServer implements AutoCloseable {
  private final String domain;
  private final boolean valid;
  private final ServerSocket listener;
  private final List<String> verifyRequests = new CopyOnWriteArrayList<>();
  private final List<RawServerStream> streams = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  FakeAuthoritativeServer(String domain, boolean valid) throws IOException {
    this.domain = domain;
    this.valid = valid;
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
    this.acceptor = Thread.ofVirtual().name("fake-authoritative-" + domain).start(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** The {@code <db:verify/>} elements received, as text. */
  List<String> verifyRequests() {
    return List.copyOf(verifyRequests);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        Thread.ofVirtual().start(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (RawServerStream stream = new RawServerStream(socket)) {
      streams.add(stream);
      Matcher header = stream.await("<stream:stream[^>]*>");
      String from = attribute(header.group(), "from");
      stream.send(
          RawServerStream.header(domain, from, "auth-" + System.nanoTime())
              + "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/>"
              + "</stream:features>");
      while (true) {
        Matcher verify =
            stream.await(
                "<(?:db:)?verify\\b[^>]*>[^<]*</(?:db:)?verify>|<(?:db:)?verify\\b[^>]*/>");
        verifyRequests.add(verify.group());
        stream.send(
            "<db:verify from='"
                + domain
                + "' to='"
                + attribute(verify.group(), "from")
                + "' id='"
                + attribute(verify.group(), "id")
                + "' type='"
                + (valid ? "valid" : "invalid")
                + "'/>");
      }
    } catch (IOException | AssertionError e) {
      // the receiving server closed the stream, or the test ended
    }
  }

  static String attribute(String element, String name) {
    Matcher m =
        java.util.regex.Pattern.compile("\\s" + name + "=['\"]([^'\"]*)['\"]").matcher(element);
    return m.find() ? m.group(1) : "";
  }

  @Override
  public void close() throws IOException {
    listener.close();
    acceptor.interrupt();
    for (RawServerStream stream : streams) {
      stream.close();
    }
  }
}
