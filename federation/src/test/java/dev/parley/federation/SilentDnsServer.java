package dev.parley.federation;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;

/**
 * A UDP "DNS server" for failure tests: it either never answers (a bound socket nobody reads, so
 * the client sees a real timeout rather than an ICMP port unreachable) or answers every question
 * with one response code such as SERVFAIL.
 */
final class SilentDnsServer implements AutoCloseable {

  private final DatagramSocket socket;

  private SilentDnsServer(DatagramSocket socket) {
    this.socket = socket;
  }

  /** Listens and never answers. */
  static SilentDnsServer silent(String address) throws IOException {
    return new SilentDnsServer(bind(address));
  }

  /** Answers every question with {@code rcode} (an {@link Rcode} constant) and no records. */
  static SilentDnsServer answering(String address, int rcode) throws IOException {
    SilentDnsServer server = new SilentDnsServer(bind(address));
    Thread.ofVirtual().name("dns-rcode-" + Rcode.string(rcode)).start(() -> server.serve(rcode));
    return server;
  }

  String hostPort() {
    return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  @Override
  public void close() {
    socket.close();
  }

  private void serve(int rcode) {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(org.xbill.DNS.Flags.QR);
        reply.getHeader().setRcode(rcode);
        reply.addRecord(query.getQuestion(), org.xbill.DNS.Section.QUESTION);
        byte[] wire = reply.toWire();
        socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        throw new IllegalStateException("test DNS responder failed", e);
      }
    }
  }

  private static DatagramSocket bind(String address) throws IOException {
    return new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
  }
}
