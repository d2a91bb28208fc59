package dev.parley.bench.compare;

import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.peers.SecurityMode;
import java.util.List;

/**
 * The fixed layout of the {@code s2s} workload: two instances of one server software, {@link
 * #DOMAIN_A} and {@link #DOMAIN_B}, each on its own address of 127.0.90.0/24 (apart from the other
 * workloads' 127.0.0.8x), found by each other through SRV records served by a dnsmasq on {@link
 * #DNS_ADDRESS} port 53 (Prosody without lua-unbound asks port 53 only). The link is measured in
 * each of {@link #MODES}: dialback without TLS on the server-to-server link (the clients still use
 * STARTTLS), then STARTTLS required with strict certificate validation and SASL EXTERNAL (each
 * server's mapping of the seed's modes is in PEERS.md; certificates carry DNS names only, which
 * ejabberd needs: PEERS.md quirk 6).
 */
final class Federation {
  static final String DOMAIN_A = "a.s2s.test";
  static final String DOMAIN_B = "b.s2s.test";
  static final String ADDRESS_A = "127.0.90.1";
  static final String ADDRESS_B = "127.0.90.2";
  static final String DNS_ADDRESS = "127.0.90.53";
  static final int C2S_PORT = 15222;
  static final int ADMIN_PORT = 15280;
  static final int S2S_PORT = 15269;

  /** The security modes of the link, one pair of servers each, in this order. */
  static final List<SecurityMode> MODES = List.of(SecurityMode.NO_TLS, SecurityMode.TLS_REQUIRED);

  private Federation() {}

  /** The SRV and A records that point each domain at its server's s2s port (RFC 6120 §3.2.1). */
  static DnsRecords records() {
    return DnsRecords.builder()
        .srv("_xmpp-server", DOMAIN_A, DOMAIN_A, S2S_PORT, 0, 5)
        .srv("_xmpp-server", DOMAIN_B, DOMAIN_B, S2S_PORT, 0, 5)
        .a(DOMAIN_A, ADDRESS_A)
        .a(DOMAIN_B, ADDRESS_B)
        .build();
  }

  /** The address of {@code domain}'s server. */
  static String address(String domain) {
    return DOMAIN_A.equals(domain) ? ADDRESS_A : ADDRESS_B;
  }
}
