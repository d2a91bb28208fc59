package dev.parley.testkit.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records a test DNS server answers with, written as dnsmasq configuration lines. Every name
 * under a local zone ({@code test} by default, RFC 6761) that has no record gets NXDOMAIN, and a
 * known name asked for a type it lacks gets an empty NOERROR answer (NODATA); nothing is forwarded.
 *
 * <pre>{@code
 * DnsRecords records = DnsRecords.builder()
 *     .srv("_xmpp-server", "example.test", "xmpp1.example.test", 5269, 10, 60)
 *     .a("xmpp1.example.test", "127.0.0.21")
 *     .build();
 * }</pre>
 */
public final class DnsRecords {

  private final List<String> configLines;

  private DnsRecords(List<String> configLines) {
    this.configLines = List.copyOf(configLines);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The dnsmasq configuration file's lines. */
  public List<String> configLines() {
    return configLines;
  }

  @Override
  public String toString() {
    return String.join("\n", configLines);
  }

  /** Collects records; names are written without a trailing dot. */
  public static final class Builder {

    private final Set<String> zones = new LinkedHashSet<>(List.of("test"));
    private final List<String> srvLines = new ArrayList<>();
    private final Map<String, List<String>> addresses = new LinkedHashMap<>();

    private Builder() {}

    /**
     * An SRV record {@code <service>._tcp.<domain>}. The service is written as in DNS, such as
     * {@code _xmpp-server}; a target of {@code "."} means "no service" (RFC 2782).
     */
    public Builder srv(
        String service, String domain, String target, int port, int priority, int weight) {
      String owner = owner(service, domain);
      if (".".equals(target)) {
        return noService(service, domain);
      }
      check(port, 1, "port");
      check(priority, 0, "priority");
      check(weight, 0, "weight");
      srvLines.add("srv-host=" + owner + "," + target + "," + port + "," + priority + "," + weight);
      return this;
    }

    /** The single SRV record with target "." that says {@code domain} does not offer it. */
    public Builder noService(String service, String domain) {
      // dnsmasq writes an srv-host without a target as "0 0 1 ." (its man page, --srv-host).
      srvLines.add("srv-host=" + owner(service, domain));
      return this;
    }

    /** An A record. */
    public Builder a(String host, String ipv4) {
      if (ipv4.contains(":")) {
        throw new IllegalArgumentException("not an IPv4 address: " + ipv4);
      }
      addresses.computeIfAbsent(host, h -> new ArrayList<>()).add(ipv4);
      return this;
    }

    /** An AAAA record. */
    public Builder aaaa(String host, String ipv6) {
      if (!ipv6.contains(":")) {
        throw new IllegalArgumentException("not an IPv6 address: " + ipv6);
      }
      addresses.computeIfAbsent(host, h -> new ArrayList<>()).add(ipv6);
      return this;
    }

    /** Another zone answered only from these records (NXDOMAIN for the rest), e.g. "example". */
    public Builder localZone(String zone) {
      zones.add(zone);
      return this;
    }

    public DnsRecords build() {
      List<String> lines = new ArrayList<>();
      for (String zone : zones) {
        // --local: names in this zone come from local data only, unknown ones get NXDOMAIN.
        lines.add("local=/" + zone + "/");
      }
      lines.addAll(srvLines);
      for (Map.Entry<String, List<String>> host : addresses.entrySet()) {
        for (String address : host.getValue()) {
          // --host-record: the A or AAAA of exactly this name (no wildcard, unlike --address).
          lines.add("host-record=" + host.getKey() + "," + address);
        }
      }
      return new DnsRecords(lines);
    }

    private static String owner(String service, String domain) {
      String label = service.startsWith("_") ? service : "_" + service;
      return label.contains("._") ? label + "." + domain : label + "._tcp." + domain;
    }

    private static void check(int value, int min, String what) {
      if (value < min || value > 65_535) {
        throw new IllegalArgumentException("SRV " + what + " out of range: " + value);
      }
    }
  }
}
