package dev.parley.bench.load;

import dev.parley.protocol.Element;
import dev.parley.protocol.StreamEvent;
import dev.parley.protocol.XmlLimits;
import dev.parley.protocol.XmlStreamException;
import dev.parley.protocol.XmlStreamReader;
import dev.parley.protocol.XmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The byte level of one client stream: a blocking socket (plain, then TLS after STARTTLS), an
 * incremental {@link XmlStreamReader} per stream (RFC 6120 §4.3.3: a new one after each restart),
 * and writes serialised by a lock. Blocking I/O is cheap here because every connection's reader is
 * a virtual thread.
 */
final class StreamIo implements AutoCloseable {
  private static final String STREAMS = "http://etherx.jabber.org/streams";

  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private XmlStreamReader reader = new XmlStreamReader(XmlLimits.DEFAULT);
  private final Deque<StreamEvent> pending = new ArrayDeque<>();
  private final byte[] buffer = new byte[16 * 1024];
  private final ReentrantLock writeLock = new ReentrantLock();

  StreamIo(Socket socket) throws IOException {
    use(socket);
  }

  private void use(Socket next) throws IOException {
    this.socket = next;
    this.in = next.getInputStream();
    this.out = next.getOutputStream();
  }

  /** Sends a stream header to {@code domain} and returns the server's stream features. */
  Element open(String domain) throws IOException {
    reader = new XmlStreamReader(XmlLimits.DEFAULT);
    pending.clear();
    StringBuilder header = new StringBuilder("<?xml version='1.0'?><stream:stream to='");
    XmlWriter.escapeAttribute(domain, header);
    header.append(
        "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
    write(header.toString());
    StreamEvent first = nextEvent();
    if (!(first instanceof StreamEvent.Opened)) {
      throw new IOException("expected a stream header, got " + first);
    }
    Element features = next();
    if (!features.is("features", STREAMS)) {
      throw new IOException("expected stream features, got " + features);
    }
    return features;
  }

  /** Replaces the socket by a TLS socket over it and runs the handshake (RFC 6120 §5.4.3.3). */
  void startTls(SSLContext context, String serverName) throws IOException {
    SSLSocket tls =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(
                    socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
    tls.setUseClientMode(true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setServerNames(java.util.List.of(new SNIHostName(serverName)));
    tls.setSSLParameters(parameters);
    tls.startHandshake();
    use(tls);
  }

  /** Sets the read timeout in milliseconds; 0 waits for ever (the reader thread after login). */
  void socketTimeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  /** The next top-level element; a closed stream or socket is an {@link IOException}. */
  Element next() throws IOException {
    StreamEvent event = nextEvent();
    return switch (event) {
      case StreamEvent.ElementReceived received -> received.element();
      case StreamEvent.Closed closed -> throw new IOException("the server closed the stream");
      case StreamEvent.Opened opened -> throw new IOException("unexpected stream header");
    };
  }

  private StreamEvent nextEvent() throws IOException {
    while (pending.isEmpty()) {
      int n = in.read(buffer);
      if (n < 0) {
        throw new IOException("connection closed by the server");
      }
      try {
        pending.addAll(reader.feed(buffer, 0, n));
      } catch (XmlStreamException e) {
        throw new IOException("unreadable stream: " + e.getMessage(), e);
      }
    }
    return pending.removeFirst();
  }

  /** Writes {@code xml} as one socket write. */
  void write(String xml) throws IOException {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    writeLock.lock();
    try {
      out.write(bytes);
      out.flush();
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is best effort: the connection is being abandoned either way.
    }
  }
}
