package dev.parley.it;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.UnaryOperator;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/** Smack, a real XMPP client library, connected to a {@link TestNode} over real TLS. */
final class Clients {
  private Clients() {}

  static XMPPTCPConnectionConfiguration.Builder config(
      TestNode node, String user, String password, String resource) {
    try {
      return XMPPTCPConnectionConfiguration.builder()
          .setXmppDomain(TestNode.DOMAIN)
          .setHostAddress(InetAddress.getByName("127.0.0.1"))
          .setPort(node.startTlsAddress().getPort())
          .setSecurityMode(SecurityMode.required)
          .setCustomX509TrustManager(node.trustManager())
          .setUsernameAndPassword(user, password)
          .setResource(resource)
          .setConnectTimeout(10_000);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static XMPPTCPConnection connect(TestNode node, String user, String password, String resource) {
    return connect(config(node, user, password, resource), UnaryOperator.identity());
  }

  static XMPPTCPConnection connect(
      XMPPTCPConnectionConfiguration.Builder builder,
      UnaryOperator<XMPPTCPConnection> beforeConnect) {
    XMPPTCPConnection connection = beforeConnect.apply(new XMPPTCPConnection(builder.build()));
    connection.setReplyTimeout(10_000);
    try {
      connection.connect().login();
    } catch (SmackException | IOException | XMPPException | InterruptedException e) {
      connection.disconnect();
      throw new IllegalStateException("login failed: " + e, e);
    }
    return connection;
  }
}
