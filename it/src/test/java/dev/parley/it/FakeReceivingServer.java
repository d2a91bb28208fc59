package dev.parley.it;

import dev.parley.testkit.pki.IssuedCertificate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A receiving server of a made-up domain that refuses Parley's authentication in a scripted way: it
 * answers {@code <db:result/>} with {@code type='error'} and a given condition (XEP-0220 §2.4), or
 * it offers only SASL EXTERNAL over TLS and refuses it (XEP-0178) with no dialback to fall back on.
 */
final class FakeReceivingServer implements AutoCloseable {
  private final String domain;
  private final String dialbackError;
  private final ServerSocket listener;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile SSLContext tls;

  private FakeReceivingServer(String domain, String dialbackError) throws IOException {
    this.domain = domain;
    this.dialbackError = dialbackError;
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
    Thread.ofVirtual().name("fake-receiving-" + domain).start(this::accept);
  }

  /** Answers every {@code <db:result/>} with an error of {@code condition}, without TLS. */
  static FakeReceivingServer refusingDialback(String domain, String condition) throws IOException {
    return new FakeReceivingServer(domain, condition);
  }

  /** Requires STARTTLS, then offers only SASL EXTERNAL and refuses it; call {@link #tls} first. */
  static FakeReceivingServer refusingSasl(String domain) throws IOException {
    return new FakeReceivingServer(domain, "");
  }

  /** The certificate to present after STARTTLS. */
  void tls(IssuedCertificate certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "key", certificate.key(), new char[0], certificate.chain().toArray(Certificate[]::new));
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, new char[0]);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      this.tls = context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return listener.getLocalPort();
  }

  /** What Parley sent that the script waited for (the dialback key, the SASL auth). */
  List<String> received() {
    return List.copyOf(received);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        sockets.add(socket);
        Thread.ofVirtual().start(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try {
      RawServerStream stream = new RawServerStream(socket);
      String from = opened(stream);
      if (dialbackError.isEmpty()) {
        refuseSasl(socket, stream, from);
      } else {
        stream.send(features("<dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback>"));
        Matcher result = stream.await("<(?:db:)?result\\b[^>]*>[^<]*</(?:db:)?result>");
        received.add(result.group());
        stream.send(
            "<db:result from='%s' to='%s' type='error'><error type='cancel'><%s xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></db:result>"
                .formatted(domain, from, dialbackError));
      }
      stream.await("</stream:stream>");
    } catch (IOException | AssertionError e) {
      // Parley closed the stream, or the test ended
    }
  }

  private String opened(RawServerStream stream) throws IOException {
    Matcher header = stream.await("<stream:stream[^>]*>");
    String from = FakeAuthoritativeServer.attribute(header.group(), "from");
    stream.send(RawServerStream.header(domain, from, "fake-" + System.nanoTime()));
    return from;
  }

  private void refuseSasl(Socket plain, RawServerStream stream, String from) throws IOException {
    stream.send(
        features("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"));
    stream.await("<starttls[^>]*/>");
    stream.send("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    SSLSocket secure =
        (SSLSocket) tls.getSocketFactory().createSocket(plain, domain, plain.getPort(), true);
    secure.setUseClientMode(false);
    secure.setWantClientAuth(true);
    secure.startHandshake();
    RawServerStream encrypted = new RawServerStream(secure);
    opened(encrypted);
    encrypted.send(
        features(
            "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                + "<mechanism>EXTERNAL</mechanism></mechanisms>"));
    received.add(encrypted.await("<auth\\b[^>]*>[^<]*</auth>").group());
    encrypted.send("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>");
    encrypted.await("</stream:stream>|<stream:error");
  }

  private static String features(String content) {
    return "<stream:features>" + content + "</stream:features>";
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
