package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsResolverSettingsTest {

  @Test
  void parsesAddressesWithAndWithoutPorts() {
    DnsResolverSettings settings =
        DnsResolverSettings.of(
            List.of("127.0.0.2:5353", "192.0.2.1", "[::1]:5300", "[2001:db8::1]", "::1"),
            Duration.ofMillis(500),
            0);
    assertThat(settings.servers())
        .extracting(InetSocketAddress::getPort)
        .containsExactly(5353, 53, 5300, 53, 53);
    assertThat(settings.servers().get(0).getAddress().getHostAddress()).isEqualTo("127.0.0.2");
    assertThat(settings.servers().get(2).getAddress().getHostAddress())
        .isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(settings.usesSystemResolvers()).isFalse();
  }

  @Test
  void anEmptyListMeansTheSystemResolvers() {
    assertThat(DnsResolverSettings.system().usesSystemResolvers()).isTrue();
    assertThat(DnsResolverSettings.system().timeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void refusesHostNamesBadPortsAndBadLimits() {
    assertThatThrownBy(
            () -> DnsResolverSettings.of(List.of("dns.example"), Duration.ofSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IP address");
    assertThatThrownBy(
            () -> DnsResolverSettings.of(List.of("10.0.0.1:0"), Duration.ofSeconds(1), 1))
        .hasMessageContaining("port");
    assertThatThrownBy(
            () -> DnsResolverSettings.of(List.of("10.0.0.1:99999"), Duration.ofSeconds(1), 1))
        .hasMessageContaining("port");
    assertThatThrownBy(() -> DnsResolverSettings.of(List.of("[::1"), Duration.ofSeconds(1), 1))
        .hasMessageContaining("[");
    assertThatThrownBy(() -> DnsResolverSettings.of(List.of(), Duration.ZERO, 1))
        .hasMessageContaining("dns-timeout");
    assertThatThrownBy(() -> DnsResolverSettings.of(List.of(), Duration.ofSeconds(1), -1))
        .hasMessageContaining("dns-retries");
    assertThatThrownBy(
            () ->
                new DnsResolverSettings(
                    List.of(InetSocketAddress.createUnresolved("dns.example", 53)),
                    Duration.ofSeconds(1),
                    1))
        .hasMessageContaining("IP address");
  }
}
