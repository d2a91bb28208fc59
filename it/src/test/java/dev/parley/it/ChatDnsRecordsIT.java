package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.node.AliasEndpoint;
import dev.parley.node.ChatAlias;
import dev.parley.node.ChatRoomVisibility;
import dev.parley.node.DnsInputs;
import dev.parley.node.DnsRecordPlanner;
import dev.parley.protocol.DomainJid;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * The zone lines {@code parley dns records} prints for the seed's two chat node alias layouts are
 * loaded into a real DNS server (dnsmasq) and asked for with dnsjava, as a peer would ask.
 */
class ChatDnsRecordsIT {

  private static final String HOST = "xmpp.example.test";

  private static List<String> zoneLines() {
    DnsInputs inputs =
        new DnsInputs(
            List.of(DomainJid.of("example.test")),
            Optional.of(HOST),
            "ignored",
            new DnsInputs.Ports(
                5222, OptionalInt.empty(), OptionalInt.of(5269), OptionalInt.of(5270)));
    List<ChatAlias> aliases =
        List.of(
            ChatAlias.of(DomainJid.of("conference-2.standalonecluster.example.test")),
            new ChatAlias(
                DomainJid.of("conference-3.example.test"),
                ChatRoomVisibility.PUBLIC,
                Optional.of(new AliasEndpoint("127.0.0.20", 25269))));
    return DnsRecordPlanner.plan(inputs, aliases).zoneLines();
  }

  /** Reads zone lines ("owner ttl IN type data") into dnsmasq records, comments skipped. */
  private static DnsRecords load(List<String> zone) {
    DnsRecords.Builder builder = DnsRecords.builder();
    for (String line : zone) {
      if (line.startsWith(";")) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      assertThat(f[2]).isEqualTo("IN");
      String owner = strip(f[0]);
      switch (f[3]) {
        case "SRV" -> {
          int service = owner.indexOf("._tcp.");
          builder.srv(
              owner.substring(0, service),
              owner.substring(service + "._tcp.".length()),
              strip(f[7]),
              Integer.parseInt(f[6]),
              Integer.parseInt(f[4]),
              Integer.parseInt(f[5]));
        }
        case "A" -> builder.a(owner, f[4]);
        case "AAAA" -> builder.aaaa(owner, f[4]);
        default -> throw new AssertionError("unexpected record type in " + line);
      }
    }
    // The node's own A record is the operator's to publish (the output says so in a comment).
    return builder.a(HOST, "127.0.0.10").build();
  }

  private static String strip(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static List<Record> ask(Dnsmasq dns, String name, int type) throws Exception {
    SimpleResolver resolver = new SimpleResolver(dns.address());
    Lookup lookup = new Lookup(name, type);
    lookup.setResolver(resolver);
    lookup.setCache(null);
    Record[] answers = lookup.run();
    assertThat(lookup.getResult())
        .as(name + " " + lookup.getErrorString())
        .isEqualTo(Lookup.SUCCESSFUL);
    return Arrays.asList(answers);
  }

  private static String srv(Record record) {
    SRVRecord srv = (SRVRecord) record;
    return srv.getPriority() + " " + srv.getWeight() + " " + srv.getPort() + " " + srv.getTarget();
  }

  @Test
  void bothLayoutsResolve() throws Exception {
    try (Dnsmasq dns = Dnsmasq.start("127.0.0.53", load(zoneLines()))) {
      // Layout 1: the alias points at the federation node, on 5269 (and 5270 with direct TLS).
      assertThat(
              ask(dns, "_xmpp-server._tcp.conference-2.standalonecluster.example.test.", Type.SRV))
          .extracting(ChatDnsRecordsIT::srv)
          .containsExactly("10 0 5269 xmpp.example.test.");
      assertThat(
              ask(dns, "_xmpps-server._tcp.conference-2.standalonecluster.example.test.", Type.SRV))
          .extracting(ChatDnsRecordsIT::srv)
          .containsExactly("0 0 5270 xmpp.example.test.");
      // Layout 2: the alias has its own address and port 25269.
      List<Record> own = ask(dns, "_xmpp-server._tcp.conference-3.example.test.", Type.SRV);
      assertThat(own)
          .extracting(ChatDnsRecordsIT::srv)
          .containsExactly("0 0 25269 conference-3.example.test.");
      assertThat(ask(dns, "conference-3.example.test.", Type.A))
          .extracting(r -> ((ARecord) r).getAddress().getHostAddress())
          .containsExactly("127.0.0.20");
      // The hosted domain itself.
      assertThat(ask(dns, "_xmpp-client._tcp.example.test.", Type.SRV))
          .extracting(ChatDnsRecordsIT::srv)
          .containsExactly("0 0 5222 xmpp.example.test.");
      assertThat(ask(dns, "_xmpp-server._tcp.example.test.", Type.SRV))
          .extracting(ChatDnsRecordsIT::srv)
          .containsExactly("10 0 5269 xmpp.example.test.");
    }
  }
}
