package dev.parley.it;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.LeafSpec;
import dev.parley.testkit.pki.SubjectName;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * Parley nodes of different domains, configured one by one (unlike {@link FederatedPair}, where
 * both nodes share one mode): a node may have no federation settings at all, a certificate from a
 * CA nobody trusts, or no SRV record of its own so that the test publishes its own (two targets, a
 * relay). Every node trusts the shared test CA and asks the scenario's dnsmasq.
 */
final class FederationScenario implements AutoCloseable {

  /**
   * How one node is configured.
   *
   * @param mode NO_TLS, TLS_OPTIONAL or TLS_REQUIRED; null for a {@code parley.yml} without any
   *     initial federation settings (federation off, the defaults of the code)
   * @param foreignCa the node's certificate comes from a CA the other nodes do not trust
   * @param others further hosted domains of the same node (each with an SRV record to it)
   * @param othersInCertificate the main certificate names the further domains too (SANs); else each
   *     has a certificate of its own
   */
  record NodeSpec(
      String domain,
      String mode,
      boolean strict,
      boolean sasl,
      boolean foreignCa,
      boolean publish,
      List<String> others,
      boolean othersInCertificate,
      String federationYaml) {

    static NodeSpec of(String domain, String mode) {
      boolean tls = mode != null && !mode.equals("NO_TLS");
      return new NodeSpec(domain, mode, tls, tls, false, true, List.of(), false, "");
    }

    NodeSpec withStrict(boolean value) {
      return new NodeSpec(
          domain,
          mode,
          value,
          sasl,
          foreignCa,
          publish,
          others,
          othersInCertificate,
          federationYaml);
    }

    NodeSpec withSasl(boolean value) {
      return new NodeSpec(
          domain,
          mode,
          strict,
          value,
          foreignCa,
          publish,
          others,
          othersInCertificate,
          federationYaml);
    }

    NodeSpec withForeignCa() {
      return new NodeSpec(
          domain, mode, strict, sasl, true, publish, others, othersInCertificate, federationYaml);
    }

    /** No SRV record for this node: the test publishes its own. */
    NodeSpec unpublished() {
      return new NodeSpec(
          domain,
          mode,
          strict,
          sasl,
          foreignCa,
          false,
          others,
          othersInCertificate,
          federationYaml);
    }

    /** Lines added under {@code federation:} in parley.yml, each indented by two spaces. */
    NodeSpec withFederationYaml(String yaml) {
      return new NodeSpec(
          domain, mode, strict, sasl, foreignCa, publish, others, othersInCertificate, yaml);
    }

    /** More hosted domains on this node, named by the main certificate or not. */
    NodeSpec withOtherDomains(boolean inCertificate, String... domains) {
      return new NodeSpec(
          domain,
          mode,
          strict,
          sasl,
          foreignCa,
          publish,
          List.of(domains),
          inCertificate,
          federationYaml);
    }
  }

  final TestCa ca = TestCa.create("Parley Federation Test CA");
  final TestCa foreign = TestCa.create("Some Other CA");
  final Path dir;
  final Dnsmasq dns;
  private final Map<String, Integer> ports;
  private final Map<String, ParleyNode> nodes = new LinkedHashMap<>();
  private final Map<String, String> hostedBy = new LinkedHashMap<>();
  private final List<XMPPTCPConnection> clients = new CopyOnWriteArrayList<>();

  private FederationScenario(Builder builder) {
    try {
      dir = Files.createTempDirectory("parley-federation-scenario");
      ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
      ports = builder.ports;
      DnsRecords.Builder records = DnsRecords.builder();
      for (NodeSpec spec : builder.specs) {
        String host = spec.domain().replace('.', '-') + "-host.test";
        records.a(host, "127.0.0.1");
        if (spec.publish()) {
          records.srv("_xmpp-server", spec.domain(), host, ports.get(spec.domain()), 10, 5);
          for (String other : spec.others()) {
            records.srv("_xmpp-server", other, host, ports.get(spec.domain()), 10, 5);
          }
        }
      }
      builder.extraRecords.forEach(extra -> extra.accept(records));
      dns = Dnsmasq.start("127.0.0.1", records.build());
      try {
        for (NodeSpec spec : builder.specs) {
          nodes.put(spec.domain(), start(spec));
          spec.others().forEach(other -> hostedBy.put(other, spec.domain()));
        }
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects the nodes and DNS records; ports are chosen as soon as a node is added. */
  static final class Builder {
    private final List<NodeSpec> specs = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Consumer<DnsRecords.Builder>> extraRecords = new ArrayList<>();

    Builder node(NodeSpec spec) {
      specs.add(spec);
      ports.put(spec.domain(), freePort());
      return this;
    }

    /** The s2s port the node of {@code domain} will listen on. */
    int port(String domain) {
      return ports.get(domain);
    }

    Builder dns(Consumer<DnsRecords.Builder> records) {
      extraRecords.add(records);
      return this;
    }

    FederationScenario start() {
      return new FederationScenario(this);
    }
  }

  ParleyNode node(String domain) {
    return nodes.get(hostedBy.getOrDefault(domain, domain));
  }

  int port(String domain) {
    return ports.get(domain);
  }

  private ParleyNode start(NodeSpec spec) throws IOException {
    String domain = spec.domain();
    Path data = Files.createDirectories(dir.resolve(domain));
    TestCa issuer = spec.foreignCa() ? foreign : ca;
    IssuedCertificate certificate =
        spec.othersInCertificate()
            ? issuer.issue(LeafSpec.forDomain(domain).withNames(names(domain, spec.others())))
            : issuer.issue(domain);
    IssuedCertificate.PemFiles files = certificate.writeTo(data, domain);
    StringBuilder others = new StringBuilder();
    for (String other : spec.others()) {
      IssuedCertificate.PemFiles own =
          spec.othersInCertificate() ? files : issuer.issue(other).writeTo(data, other);
      others.append(
          "  - {name: %s, certificate: %s, key: %s}\n".formatted(other, own.chain(), own.key()));
    }
    StringBuilder yaml =
        new StringBuilder(
            """
            node: {name: node-%1$s}
            domains:
              - name: %1$s
                certificate: %2$s
                key: %3$s
            %7$slisteners:
              c2s: {address: 127.0.0.1, port: 0}
              c2s-direct-tls: {enabled: false}
              admin: {address: 127.0.0.1, port: 0}
              s2s: {address: 127.0.0.1, port: %4$d}
            federation:
              trust-directory: %5$s
              dns-resolvers: ["%6$s"]
            """
                .formatted(
                    domain,
                    files.chain(),
                    files.key(),
                    ports.get(domain),
                    dir.resolve("trust"),
                    dns.hostPort(),
                    others));
    if (spec.mode() != null) {
      yaml.append(
          """
            initial:
              enabled: true
              security-mode: %s
              dialback-secret: a-long-dialback-secret-for-%s
          """
              .formatted(spec.mode(), domain));
      if (!spec.mode().equals("NO_TLS")) {
        yaml.append(
            """
                require-valid-certificates: %s
                sasl-external-incoming: %s
                sasl-external-outbound: %s
            """
                .formatted(spec.strict(), spec.sasl(), spec.sasl()));
      }
    }
    // Bidirectional streams (XEP-0288) only where a test asks for them, so that each direction
    // has its own stream as the sessions and failure tests expect.
    yaml.append(spec.federationYaml().contains("bidi:") ? "" : "  bidi: false\n");
    yaml.append(spec.federationYaml());
    Path config = data.resolve("parley.yml");
    Files.writeString(config, yaml.toString());
    return ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
  }

  private static SubjectName[] names(String domain, List<String> others) {
    List<SubjectName> names = new ArrayList<>();
    names.add(SubjectName.dns(domain));
    others.forEach(other -> names.add(SubjectName.dns(other)));
    return names.toArray(SubjectName[]::new);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates {@code user@domain} with the password "{user}-secret" and logs it in. */
  XMPPTCPConnection user(String user, String domain) {
    ParleyNode node = node(domain);
    node.accounts().create(BareJid.of(user, domain), (user + "-secret").toCharArray(), false);
    try {
      XMPPTCPConnection client =
          Clients.connect(
              XMPPTCPConnectionConfiguration.builder()
                  .setXmppDomain(domain)
                  .setHostAddress(InetAddress.getByName("127.0.0.1"))
                  .setPort(node.clientAddresses().get(0).getPort())
                  .setSecurityMode(SecurityMode.required)
                  .setCustomX509TrustManager(trustManager())
                  .setUsernameAndPassword(user, user + "-secret")
                  .setResource("test"),
              c -> c);
      clients.add(client);
      return client;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private X509TrustManager trustManager() {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry("ca", ca.certificate());
      store.setCertificateEntry("foreign", foreign.certificate());
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return (X509TrustManager) factory.getTrustManagers()[0];
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    // Clients first: a node waits for its sessions to end before it stops.
    clients.forEach(XMPPTCPConnection::disconnect);
    nodes.values().forEach(ParleyNode::close);
    dns.close();
  }
}
