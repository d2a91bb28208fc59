package dev.parley.testkit.peers;

import dev.parley.protocol.DomainJid;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one peer server (Prosody or ejabberd) for a test. Build it with {@link
 * #builder(String)}; every field has a test-friendly default except the domain.
 *
 * @param domain the one virtual host the peer serves, e.g. {@code prosody.test}
 * @param address the loopback address every listener binds to; give each peer its own (PEERS.md
 *     quirk 11)
 * @param c2sPort client-to-server port (STARTTLS or clear text; PLAIN is always allowed)
 * @param s2sPort server-to-server port; when it is not 5269 the test DNS must publish it in an
 *     {@code _xmpp-server._tcp} SRV record
 * @param httpPort ejabberd's HTTP command API (used to add users); Prosody opens nothing on it
 * @param mode the seed's s2s security setting
 * @param tls certificate, key and CA; required when {@code mode} uses TLS, and when given in {@link
 *     SecurityMode#NO_TLS} it is used for client STARTTLS only
 * @param dnsServer the DNS server the peer must resolve through (port 53 unless Prosody has
 *     lua-unbound); empty = the machine's resolver
 * @param muc whether to add a multi-user chat service at {@code muc.<domain>}
 * @param bidi whether the peer offers and asks for bidirectional server streams (XEP-0288):
 *     Prosody's {@code mod_s2s_bidi}; ejabberd 23.01 has no such module and ignores it
 * @param logDirectory where the peer writes its logs; they then outlive {@link
 *     AutoCloseable#close()} (empty = inside the peer's temporary directory, deleted with it)
 * @param startTimeout how long to wait for the listeners to accept connections
 */
public record PeerConfig(
    DomainJid domain,
    InetAddress address,
    int c2sPort,
    int s2sPort,
    int httpPort,
    SecurityMode mode,
    Optional<PeerTls> tls,
    Optional<InetSocketAddress> dnsServer,
    boolean muc,
    boolean bidi,
    Optional<Path> logDirectory,
    Duration startTimeout) {

  /** Checks the combination once, so a bad test setup fails before any process starts. */
  public PeerConfig {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(dnsServer, "dnsServer");
    Objects.requireNonNull(logDirectory, "logDirectory");
    Objects.requireNonNull(startTimeout, "startTimeout");
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("peers listen on loopback only, not " + address);
    }
    checkPort(c2sPort, "c2sPort");
    checkPort(s2sPort, "s2sPort");
    checkPort(httpPort, "httpPort");
    if (c2sPort == s2sPort || c2sPort == httpPort || s2sPort == httpPort) {
      throw new IllegalArgumentException("c2s, s2s and http ports must differ");
    }
    if (mode.usesTls() && tls.isEmpty()) {
      throw new IllegalArgumentException(mode + " needs certificate, key and CA files (tls)");
    }
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive");
    }
    logDirectory = logDirectory.map(Path::toAbsolutePath);
  }

  /** A builder for {@code domain} with the defaults listed on {@link Builder}. */
  public static Builder builder(String domain) {
    return new Builder(DomainJid.of(domain));
  }

  /** The MUC service's domain, {@code muc.<domain>}; present only when {@link #muc()} is set. */
  public Optional<DomainJid> mucDomain() {
    return muc ? Optional.of(DomainJid.of("muc." + domain.domain())) : Optional.empty();
  }

  /** Where clients connect. */
  public InetSocketAddress c2sAddress() {
    return new InetSocketAddress(address, c2sPort);
  }

  /** Where other servers connect. */
  public InetSocketAddress s2sAddress() {
    return new InetSocketAddress(address, s2sPort);
  }

  private static void checkPort(int port, String name) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException(name + " out of range: " + port);
    }
  }

  /**
   * Builds a {@link PeerConfig}. Defaults: address 127.0.0.1, ports 5222/5269/5280, {@link
   * SecurityMode#NO_TLS}, no TLS files, the machine's resolver, no MUC, no bidirectional streams,
   * logs in the temporary directory, 30 s to start.
   */
  public static final class Builder {
    private final DomainJid domain;
    private InetAddress address = InetAddress.getLoopbackAddress();
    private int c2sPort = 5222;
    private int s2sPort = 5269;
    private int httpPort = 5280;
    private SecurityMode mode = SecurityMode.NO_TLS;
    private Optional<PeerTls> tls = Optional.empty();
    private Optional<InetSocketAddress> dnsServer = Optional.empty();
    private boolean muc;
    private boolean bidi;
    private Optional<Path> logDirectory = Optional.empty();
    private Duration startTimeout = Duration.ofSeconds(30);

    private Builder(DomainJid domain) {
      this.domain = domain;
    }

    /** The loopback address to bind, e.g. {@code "127.0.0.21"} (a literal, never resolved). */
    public Builder address(String literal) {
      try {
        this.address = InetAddress.getByName(literal);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not an IP literal: " + literal, e);
      }
      return this;
    }

    public Builder address(InetAddress address) {
      this.address = address;
      return this;
    }

    public Builder c2sPort(int port) {
      this.c2sPort = port;
      return this;
    }

    public Builder s2sPort(int port) {
      this.s2sPort = port;
      return this;
    }

    public Builder httpPort(int port) {
      this.httpPort = port;
      return this;
    }

    public Builder mode(SecurityMode mode) {
      this.mode = mode;
      return this;
    }

    public Builder tls(PeerTls tls) {
      this.tls = Optional.of(tls);
      return this;
    }

    public Builder dnsServer(InetSocketAddress dnsServer) {
      this.dnsServer = Optional.of(dnsServer);
      return this;
    }

    public Builder muc(boolean muc) {
      this.muc = muc;
      return this;
    }

    /** Bidirectional server streams (XEP-0288) on the peer; off by default. */
    public Builder bidi(boolean bidi) {
      this.bidi = bidi;
      return this;
    }

    public Builder logDirectory(Path directory) {
      this.logDirectory = Optional.of(directory);
      return this;
    }

    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    /** Validates and returns the configuration. */
    public PeerConfig build() {
      return new PeerConfig(
          domain,
          address,
          c2sPort,
          s2sPort,
          httpPort,
          mode,
          tls,
          dnsServer,
          muc,
          bidi,
          logDirectory,
          startTimeout);
    }
  }
}
