package dev.parley.bench.load;

import dev.parley.protocol.Element;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One lightweight XMPP client made for load: it negotiates STARTTLS, SASL and a resource, sends
 * initial presence (so that messages to its bare JID are delivered to it, RFC 6121 §8.5.2.1.1),
 * then only sends stanzas and hands received messages and presences to a {@link MessageSink}. No
 * roster, no stanza objects on the send path, one virtual thread per connection: thousands fit in
 * one JVM.
 */
public final class LoadClient implements AutoCloseable {
  private static final String TLS_NS = "urn:ietf:params:xml:ns:xmpp-tls";
  private static final String SASL_NS = "urn:ietf:params:xml:ns:xmpp-sasl";
  private static final String BIND_NS = "urn:ietf:params:xml:ns:xmpp-bind";
  private static final String SESSION_NS = "urn:ietf:params:xml:ns:xmpp-session";
  private static final String PING_NS = "urn:xmpp:ping";

  /**
   * Source addresses used towards a loopback server: 127.0.0.2 .. 127.0.0.251. Each source address
   * has its own ephemeral port range, so many connections (and a login loop's TIME_WAIT sockets) do
   * not run out of ports.
   */
  static final int SOURCE_ADDRESSES = 250;

  private final int index;
  private final StreamIo io;
  private final String jid;
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile Consumer<Element> observer = element -> {};

  private LoadClient(int index, StreamIo io, String jid) {
    this.index = index;
    this.io = io;
    this.jid = jid;
  }

  /**
   * Connects and logs in, then starts the reader thread that feeds {@code sink}.
   *
   * @param index the client's number in its scenario, passed back to the sink
   * @throws IOException when any step fails; the message names the step
   */
  public static LoadClient connect(
      ClientSettings settings, int index, String localpart, String password, MessageSink sink)
      throws IOException {
    StreamIo io = open(settings, index);
    try {
      String jid = negotiate(io, settings, localpart, password);
      LoadClient client = new LoadClient(index, io, jid);
      io.socketTimeout(0);
      Thread.ofVirtual().name("load-reader-" + index).start(() -> client.readLoop(sink));
      return client;
    } catch (IOException | RuntimeException e) {
      io.close();
      throw e;
    }
  }

  /**
   * One full login, then a polite close: TCP, STARTTLS, SASL, bind, initial presence, and an
   * XEP-0199 ping whose answer proves the server has processed the presence (it handles a stream's
   * stanzas in order).
   */
  public static void loginOnce(
      ClientSettings settings, int index, String localpart, String password) throws IOException {
    try (StreamIo io = open(settings, index)) {
      negotiate(io, settings, localpart, password);
      io.write("<iq type='get' id='ping'><ping xmlns='" + PING_NS + "'/></iq>");
      for (int skipped = 0; ; skipped++) {
        Element element = io.next();
        if (element.name().equals("iq") && "ping".equals(element.attribute("id").orElse(""))) {
          expect(element, "iq", "ping");
          break;
        }
        if (skipped > 1000) {
          throw new IOException("no answer to the ping after 1000 stanzas");
        }
      }
      io.write("</stream:stream>");
    }
  }

  private static StreamIo open(ClientSettings settings, int index) throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    InetSocketAddress server = settings.endpoint().socketAddress();
    if (server.getAddress() != null
        && server.getAddress().isLoopbackAddress()
        && server.getAddress().getAddress().length == 4) {
      byte[] source = {127, 0, 0, (byte) (2 + Math.floorMod(index, SOURCE_ADDRESSES))};
      socket.bind(new InetSocketAddress(InetAddress.getByAddress(source), 0));
    }
    socket.connect(server, (int) settings.timeout().toMillis());
    socket.setSoTimeout((int) settings.timeout().toMillis());
    return new StreamIo(socket);
  }

  private static String negotiate(
      StreamIo io, ClientSettings settings, String localpart, String password) throws IOException {
    String domain = settings.endpoint().domain();
    Element features = io.open(domain);
    boolean offered = features.child("starttls", TLS_NS).isPresent();
    if (settings.tls() == TlsPolicy.REQUIRED && !offered) {
      throw new IOException("the server does not offer STARTTLS");
    }
    if (offered && settings.tls() != TlsPolicy.NONE) {
      io.write("<starttls xmlns='" + TLS_NS + "'/>");
      expect(io.next(), "proceed", "STARTTLS");
      io.startTls(settings.sslContext(), domain);
      features = io.open(domain);
    }
    authenticate(io, features, SaslClient.create(settings.mechanism(), localpart, password));
    features = io.open(domain);
    String jid = bind(io, settings.resource());
    if (features
            .child("session", SESSION_NS)
            .flatMap(s -> s.child("optional", SESSION_NS))
            .isEmpty()
        && features.child("session", SESSION_NS).isPresent()) {
      // RFC 3921 session establishment, still required by some older servers.
      io.write("<iq type='set' id='sess'><session xmlns='" + SESSION_NS + "'/></iq>");
      expect(io.next(), "iq", "session");
    }
    io.write("<presence/>");
    return jid;
  }

  private static void authenticate(StreamIo io, Element features, SaslClient sasl)
      throws IOException {
    boolean offered =
        features.child("mechanisms", SASL_NS).stream()
            .flatMap(m -> m.elements().stream())
            .anyMatch(m -> m.text().strip().equals(sasl.mechanism()));
    if (!offered) {
      throw new IOException("the server does not offer " + sasl.mechanism() + ": " + features);
    }
    io.write(
        "<auth xmlns='"
            + SASL_NS
            + "' mechanism='"
            + sasl.mechanism()
            + "'>"
            + Base64.getEncoder().encodeToString(sasl.initialResponse())
            + "</auth>");
    while (true) {
      Element reply = io.next();
      byte[] data = decode(reply.text());
      switch (reply.name()) {
        case "challenge" ->
            io.write(
                "<response xmlns='"
                    + SASL_NS
                    + "'>"
                    + Base64.getEncoder().encodeToString(sasl.respond(data))
                    + "</response>");
        case "success" -> {
          sasl.verifySuccess(data);
          return;
        }
        default -> throw new IOException("SASL " + sasl.mechanism() + " refused: " + reply);
      }
    }
  }

  private static byte[] decode(String text) {
    String trimmed = text.strip();
    return trimmed.equals("=") ? new byte[0] : Base64.getMimeDecoder().decode(trimmed);
  }

  private static String bind(StreamIo io, String resource) throws IOException {
    io.write(
        "<iq type='set' id='bind'><bind xmlns='"
            + BIND_NS
            + "'><resource>"
            + resource
            + "</resource></bind></iq>");
    Element reply = expect(io.next(), "iq", "bind");
    return reply
        .child("bind", BIND_NS)
        .flatMap(b -> b.childText("jid", BIND_NS))
        .orElseThrow(() -> new IOException("bind result without a JID: " + reply));
  }

  private static Element expect(Element element, String name, String step) throws IOException {
    if (!element.name().equals(name) || "error".equals(element.attribute("type").orElse(""))) {
      throw new IOException(step + " failed: " + element);
    }
    return element;
  }

  private void readLoop(MessageSink sink) {
    try {
      while (true) {
        Element element = io.next();
        observer.accept(element);
        if (element.name().equals("message") || element.name().equals("presence")) {
          sink.message(index, element);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!closing.get()) {
        sink.disconnected(index, e);
      }
    }
  }

  /**
   * Shows every stanza this client receives to {@code observer} too (on the reader thread), for
   * set-up steps such as joining a room; {@code element -> {}} stops it.
   */
  public void observe(Consumer<Element> observer) {
    this.observer = observer;
  }

  /** The client's number in its scenario. */
  public int index() {
    return index;
  }

  /** The full JID the server bound. */
  public String jid() {
    return jid;
  }

  /** Sends one stanza (already serialised). */
  public void send(String stanza) throws IOException {
    io.write(stanza);
  }

  /** Closes the stream politely, then the socket. */
  @Override
  public void close() {
    if (closing.compareAndSet(false, true)) {
      try {
        io.write("</stream:stream>");
      } catch (IOException e) {
        // Already gone: nothing to close politely.
      }
      io.close();
    }
  }
}
