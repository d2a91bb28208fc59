package dev.parley.bench.load;

/**
 * Where a load client's negotiation is, in the order of RFC 6120 §9.1: each state waits for one
 * kind of answer and names its step in a failure.
 */
sealed interface ClientStep {

  /** The step's name in an error message. */
  String name();

  /** How far the stream got before its latest restart; each offers its own features. */
  enum Stage {
    PLAIN,
    ENCRYPTED,
    AUTHENTICATED
  }

  /** Waiting for the server's stream header and features (RFC 6120 §4.3.2). */
  record Features(Stage stage) implements ClientStep {
    @Override
    public String name() {
      return "stream features (" + stage.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /** Sent {@code <starttls/>}, waiting for {@code <proceed/>} (RFC 6120 §5.4.2). */
  record Proceed() implements ClientStep {
    @Override
    public String name() {
      return "STARTTLS";
    }
  }

  /** The TLS handshake after {@code <proceed/>} (RFC 6120 §5.4.3). */
  record Handshake() implements ClientStep {
    @Override
    public String name() {
      return "TLS handshake";
    }
  }

  /** The SASL exchange (RFC 6120 §6.4). */
  record Sasl(SaslClient client) implements ClientStep {
    @Override
    public String name() {
      return "SASL " + client.mechanism();
    }
  }

  /**
   * Sent the bind request (RFC 6120 §7); {@code session} when the server wants the RFC 3921 session
   * request after it.
   */
  record Bind(boolean session) implements ClientStep {
    @Override
    public String name() {
      return "bind";
    }
  }

  /** Sent the RFC 3921 session request, still required by some older servers. */
  record Session(String jid) implements ClientStep {
    @Override
    public String name() {
      return "session";
    }
  }

  /**
   * Sent initial presence and an XEP-0199 ping, whose answer proves the server processed the
   * presence (it handles a stream's stanzas in order): the end of a measured login.
   */
  record Ping(String jid) implements ClientStep {
    @Override
    public String name() {
      return "ping";
    }
  }

  /** Logged in as {@code jid}: what arrives goes to the sink. */
  record Ready(String jid) implements ClientStep {
    @Override
    public String name() {
      return "online";
    }
  }
}
