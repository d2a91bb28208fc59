package dev.parley.admin.model;

/**
 * One DNS record to publish: an SRV record (RFC 2782) or the A/AAAA record of a target.
 *
 * @param name the owner name, fully qualified with the trailing dot, such as {@code
 *     _xmpp-server._tcp.example.com.}
 * @param ttl time to live in seconds
 * @param type {@code SRV}, {@code A} or {@code AAAA}
 * @param priority SRV only: lower is tried first; null otherwise
 * @param weight SRV only: share among records of equal priority; null otherwise
 * @param port SRV only: the port; null otherwise
 * @param target SRV only: the target host, fully qualified with the trailing dot; null otherwise
 * @param address A/AAAA only: the address; null otherwise
 */
public record DnsRecordView(
    String name,
    int ttl,
    String type,
    Integer priority,
    Integer weight,
    Integer port,
    String target,
    String address) {

  /** An SRV record. */
  public static DnsRecordView srv(
      String name, int ttl, int priority, int weight, int port, String target) {
    return new DnsRecordView(name, ttl, "SRV", priority, weight, port, target, null);
  }

  /** An A record, or an AAAA record when {@code address} is an IPv6 address. */
  public static DnsRecordView address(String name, int ttl, String address) {
    return new DnsRecordView(
        name, ttl, address.contains(":") ? "AAAA" : "A", null, null, null, null, address);
  }

  /** The record's data in zone-file syntax (RFC 1035 §5.1), such as {@code 0 0 5269 host.}. */
  public String data() {
    return "SRV".equals(type) ? priority + " " + weight + " " + port + " " + target : address;
  }
}
