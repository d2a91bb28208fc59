package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Rcode;

/**
 * {@link SrvResolver} against a real dnsmasq: RFC 6120 §3.2 discovery, RFC 2782 ordering and the
 * XEP-0368 mix of {@code _xmpps-server} and {@code _xmpp-server} records.
 */
class SrvResolverIT {

  private static final String DNS_ADDRESS = "127.0.31.53";
  private static final String OTHER_DNS_ADDRESS = "127.0.31.54";
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final int RUNS = 1_000;

  private static Dnsmasq dns;
  private static SrvResolver resolver;

  @BeforeAll
  static void startDns() {
    DnsRecords records =
        DnsRecords.builder()
            // Two targets of different priority (the second written first, to prove sorting).
            .srv("_xmpp-server", "two.test", "backup.two.test", 5270, 20, 0)
            .srv("_xmpp-server", "two.test", "main.two.test", 5269, 10, 0)
            .a("main.two.test", "127.0.31.1")
            .a("backup.two.test", "127.0.31.2")
            // One priority, two weights.
            .srv("_xmpp-server", "weighted.test", "heavy.weighted.test", 5269, 10, 80)
            .srv("_xmpp-server", "weighted.test", "light.weighted.test", 5269, 10, 20)
            // Direct TLS and STARTTLS records interleaved by priority (XEP-0368 §3).
            .srv("_xmpps-server", "both.test", "tls1.both.test", 5270, 5, 0)
            .srv("_xmpp-server", "both.test", "plain1.both.test", 5269, 10, 0)
            .srv("_xmpps-server", "both.test", "tls2.both.test", 5271, 20, 0)
            .srv("_xmpp-server", "both.test", "plain2.both.test", 5269, 30, 0)
            // Direct TLS and STARTTLS of equal priority and weight: mixed, not one preferred.
            .srv("_xmpps-server", "mixed.test", "tls.mixed.test", 5270, 10, 50)
            .srv("_xmpp-server", "mixed.test", "plain.mixed.test", 5269, 10, 50)
            // No SRV at all: the domain's own addresses on 5269 (RFC 6120 §3.2.2).
            .a("onlya.test", "127.0.31.3")
            .aaaa("onlya.test", "::1")
            .a("twoa.test", "127.0.31.4")
            .a("twoa.test", "127.0.31.5")
            // "." target: no service (RFC 2782), for STARTTLS and for direct TLS only.
            .srv("_xmpp-server", "none.test", ".", 0, 0, 0)
            .a("none.test", "127.0.31.6")
            .noService("_xmpps-server", "notls.test")
            .a("notls.test", "127.0.31.7")
            .noService("_xmpps-server", "starttlsonly.test")
            .srv("_xmpp-server", "starttlsonly.test", "xmpp.starttlsonly.test", 5269, 0, 0)
            .build();
    dns = Dnsmasq.start(DNS_ADDRESS, records);
    resolver = new SrvResolver(settings(dns.hostPort()), new Random(6120));
  }

  @AfterAll
  static void stopDns() {
    if (dns != null) {
      dns.close();
    }
  }

  private static DnsResolverSettings settings(String... servers) {
    return DnsResolverSettings.of(List.of(servers), TIMEOUT, 0);
  }

  private static Resolution resolve(String domain) {
    return resolver.resolve(DomainJid.of(domain));
  }

  private static List<RemoteEndpoint> found(Resolution resolution) {
    assertThat(resolution).as(dns.log()).isInstanceOf(Resolution.Found.class);
    return ((Resolution.Found) resolution).endpoints();
  }

  @Test
  void lowerPriorityTargetComesFirst() {
    for (int run = 0; run < 20; run++) {
      assertThat(found(resolve("two.test")))
          .containsExactly(
              new RemoteEndpoint(
                  "main.two.test", 5269, false, "SRV _xmpp-server priority 10 weight 0"),
              new RemoteEndpoint(
                  "backup.two.test", 5270, false, "SRV _xmpp-server priority 20 weight 0"));
    }
  }

  @Test
  void weightsShareTheFirstPlaceWithinAPriority() {
    Map<String, Integer> first = firstHosts("weighted.test");
    // Expected about 80 % and 20 %; the bounds are wide and the Random is seeded.
    assertThat(first.getOrDefault("heavy.weighted.test", 0)).isBetween(700, 900);
    assertThat(first.getOrDefault("light.weighted.test", 0)).isBetween(100, 300);
  }

  @Test
  void directTlsAndStartTlsRecordsAreOrderedAsOneSet() {
    assertThat(found(resolve("both.test")))
        .extracting(RemoteEndpoint::host, RemoteEndpoint::port, RemoteEndpoint::directTls)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tls1.both.test", 5270, true),
            org.assertj.core.groups.Tuple.tuple("plain1.both.test", 5269, false),
            org.assertj.core.groups.Tuple.tuple("tls2.both.test", 5271, true),
            org.assertj.core.groups.Tuple.tuple("plain2.both.test", 5269, false));
  }

  @Test
  void equalPriorityDirectTlsAndStartTlsAreMixedByWeight() {
    Map<String, Integer> first = firstHosts("mixed.test");
    // XEP-0368 §3: all priorities and weights are mixed, so each wins about half the time.
    assertThat(first.getOrDefault("tls.mixed.test", 0)).isBetween(350, 650);
    assertThat(first.getOrDefault("plain.mixed.test", 0)).isBetween(350, 650);
  }

  @Test
  void withoutSrvRecordsTheDomainItselfIsTriedOnPort5269() {
    assertThat(found(resolve("onlya.test")))
        .containsExactly(
            new RemoteEndpoint("onlya.test", 5269, false, "A/AAAA fallback (no SRV records)"));
  }

  @Test
  void dotTargetMeansNoService() {
    Resolution resolution = resolve("none.test");
    assertThat(resolution).isInstanceOf(Resolution.Failed.class);
    assertThat(((Resolution.Failed) resolution).reason()).isEqualTo("dns-no-service");
  }

  @Test
  void dotTargetForDirectTlsForbidsTheAddressFallback() {
    // XEP-0368 §5: "." for _xmpps-server says SRV is in use, so no A/AAAA fallback.
    Resolution resolution = resolve("notls.test");
    assertThat(((Resolution.Failed) resolution).reason()).isEqualTo("dns-no-service");
  }

  @Test
  void dotTargetForDirectTlsLeavesTheStartTlsRecords() {
    assertThat(found(resolve("starttlsonly.test")))
        .extracting(RemoteEndpoint::host, RemoteEndpoint::directTls)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("xmpp.starttlsonly.test", false));
  }

  @Test
  void unknownDomainIsNxdomain() {
    Resolution resolution = resolve("nowhere.test");
    assertThat(resolution).isInstanceOf(Resolution.Failed.class);
    assertThat(((Resolution.Failed) resolution).reason()).isEqualTo("dns-nxdomain");
    assertThat(((Resolution.Failed) resolution).text()).contains("nowhere.test");
  }

  @Test
  void addressesComeFromTheConfiguredServerIpv4First() {
    assertThat(resolver.addresses("main.two.test"))
        .map(InetAddress::getHostAddress)
        .containsExactly("127.0.31.1");
    assertThat(resolver.addresses("onlya.test"))
        .map(InetAddress::getHostAddress)
        .containsExactly("127.0.31.3", "0:0:0:0:0:0:0:1");
    assertThat(resolver.addresses("twoa.test"))
        .map(InetAddress::getHostAddress)
        .containsExactlyInAnyOrder("127.0.31.4", "127.0.31.5");
    assertThat(resolver.addresses("nowhere.test")).isEmpty();
    assertThat(resolver.addresses("192.0.2.7"))
        .map(InetAddress::getHostAddress)
        .containsExactly("192.0.2.7");
  }

  @Test
  void aServerThatNeverAnswersIsATimeout() throws IOException {
    try (SilentDnsServer silent = SilentDnsServer.silent(OTHER_DNS_ADDRESS)) {
      SrvResolver patient =
          new SrvResolver(
              DnsResolverSettings.of(List.of(silent.hostPort()), Duration.ofMillis(300), 0));
      long start = System.nanoTime();
      Resolution resolution = patient.resolve(DomainJid.of("two.test"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(((Resolution.Failed) resolution).reason()).isEqualTo("dns-timeout");
      assertThat(took).isLessThan(Duration.ofSeconds(5));
      assertThat(patient.addresses("main.two.test")).isEmpty();
    }
  }

  @Test
  void anAddressWhereNothingListensIsATimeout() throws IOException {
    String closed;
    try (SilentDnsServer gone = SilentDnsServer.silent(OTHER_DNS_ADDRESS)) {
      closed = gone.hostPort();
    }
    SrvResolver patient =
        new SrvResolver(DnsResolverSettings.of(List.of(closed), Duration.ofMillis(300), 1));
    Resolution resolution = patient.resolve(DomainJid.of("two.test"));
    assertThat(((Resolution.Failed) resolution).reason()).isEqualTo("dns-timeout");
  }

  @Test
  void servfailIsReported() throws IOException {
    try (SilentDnsServer broken = SilentDnsServer.answering(OTHER_DNS_ADDRESS, Rcode.SERVFAIL)) {
      Resolution resolution =
          new SrvResolver(settings(broken.hostPort())).resolve(DomainJid.of("two.test"));
      assertThat(((Resolution.Failed) resolution).reason()).isEqualTo("dns-servfail");
      assertThat(((Resolution.Failed) resolution).text()).contains("SERVFAIL");
    }
  }

  @Test
  void aDeadFirstServerFallsThroughToTheNextOne() throws IOException {
    try (SilentDnsServer silent = SilentDnsServer.silent(OTHER_DNS_ADDRESS)) {
      SrvResolver failover =
          new SrvResolver(
              DnsResolverSettings.of(
                  List.of(silent.hostPort(), dns.hostPort()), Duration.ofMillis(300), 0));
      assertThat(found(failover.resolve(DomainJid.of("two.test"))))
          .extracting(RemoteEndpoint::host)
          .containsExactly("main.two.test", "backup.two.test");
    }
  }

  @Test
  void resolversWithDifferentServersDoNotShareState() {
    DnsRecords other =
        DnsRecords.builder()
            .srv("_xmpp-server", "two.test", "elsewhere.two.test", 5999, 1, 0)
            .build();
    try (Dnsmasq second = Dnsmasq.start(OTHER_DNS_ADDRESS, other)) {
      SrvResolver secondResolver = new SrvResolver(settings(second.hostPort()));
      assertThat(found(secondResolver.resolve(DomainJid.of("two.test"))))
          .extracting(RemoteEndpoint::host)
          .containsExactly("elsewhere.two.test");
      assertThat(found(resolve("two.test")))
          .extracting(RemoteEndpoint::host)
          .containsExactly("main.two.test", "backup.two.test");
    }
  }

  private static Map<String, Integer> firstHosts(String domain) {
    Map<String, Integer> first = new HashMap<>();
    for (int run = 0; run < RUNS; run++) {
      first.merge(found(resolve(domain)).get(0).host(), 1, Integer::sum);
    }
    return first;
  }
}
