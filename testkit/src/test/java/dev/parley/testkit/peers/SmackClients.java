package dev.parley.testkit.peers;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.ConnectionConfiguration;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.MessageWithBodiesFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/** Smack clients logged in to a peer's c2s port, in clear text (the peers allow it). */
final class SmackClients {

  private SmackClients() {}

  /** Connects and logs in {@code user@<peer domain>}; the caller disconnects it. */
  static XMPPTCPConnection login(XmppPeer peer, String user, String password)
      throws IOException, InterruptedException, XMPPException, SmackException {
    PeerConfig config = peer.config();
    XMPPTCPConnection connection =
        new XMPPTCPConnection(
            XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(config.domain().domain())
                .setHostAddress(config.address())
                .setPort(config.c2sPort())
                .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled)
                .setUsernameAndPassword(user, password)
                .setResource("test")
                .setConnectTimeout(10_000)
                .build());
    connection.setReplyTimeout(10_000);
    connection.connect().login();
    return connection;
  }

  /** A queue that receives every message with a body arriving on {@code connection}. */
  static BlockingQueue<Message> inbox(XMPPTCPConnection connection) {
    BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    connection.addAsyncStanzaListener(
        stanza -> inbox.add((Message) stanza), MessageWithBodiesFilter.INSTANCE);
    return inbox;
  }
}
