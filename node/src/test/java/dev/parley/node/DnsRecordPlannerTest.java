package dev.parley.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The seed's two chat node alias layouts, and direct TLS, as zone-file lines. */
class DnsRecordPlannerTest {

  private static final ChatAlias VIA_FEDERATION_NODE =
      ChatAlias.of(DomainJid.of("conference-2.StandAloneCluster.example.com"));
  private static final ChatAlias OWN_ADDRESS =
      new ChatAlias(
          DomainJid.of("conference-3.example.com"),
          ChatRoomVisibility.PUBLIC,
          Optional.of(new AliasEndpoint("203.0.113.20", 25269)));

  private static DnsInputs inputs(Optional<String> publicHost, DnsInputs.Ports ports) {
    return new DnsInputs(List.of(DomainJid.of("example.com")), publicHost, "node1.internal", ports);
  }

  private static DnsInputs.Ports plain() {
    return new DnsInputs.Ports(
        5222, OptionalInt.empty(), OptionalInt.of(5269), OptionalInt.empty());
  }

  @Test
  void singlePublicAddressLayoutPointsTheAliasAtTheFederationNode() {
    List<String> zone =
        DnsRecordPlanner.plan(
                inputs(Optional.of("xmpp.example.com"), plain()), List.of(VIA_FEDERATION_NODE))
            .zoneLines();
    assertThat(zone)
        .containsExactly(
            "; xmpp.example.com. needs an A (or AAAA) record with this node's public address"
                + " (behind NAT: the firewall's address that forwards the ports below to this"
                + " node)",
            "_xmpp-client._tcp.example.com.                                3600 IN SRV 0 0 5222"
                + " xmpp.example.com.",
            "_xmpp-server._tcp.example.com.                                3600 IN SRV 0 0 5269"
                + " xmpp.example.com.",
            "_xmpp-server._tcp.conference-2.standalonecluster.example.com. 3600 IN SRV 0 0 5269"
                + " xmpp.example.com.");
  }

  @Test
  void ownAddressLayoutPublishesTheAliasPortAndItsAddress() {
    List<String> zone =
        DnsRecordPlanner.plan(
                inputs(Optional.of("xmpp.example.com"), plain()),
                List.of(OWN_ADDRESS, VIA_FEDERATION_NODE))
            .zoneLines();
    assertThat(zone)
        .contains(
            "_xmpp-server._tcp.conference-3.example.com.                   3600 IN SRV 0 0 25269"
                + " conference-3.example.com.",
            "conference-3.example.com.                                     3600 IN A  "
                + " 203.0.113.20",
            "; chat node alias conference-3.example.com has its own public address: map"
                + " 203.0.113.20:25269 on the firewall (PAT) to the federation port of the chat"
                + " node serving it, which must run the federation service")
        .contains(
            "_xmpp-server._tcp.conference-2.standalonecluster.example.com. 3600 IN SRV 0 0 5269"
                + " xmpp.example.com.");
    // Aliases in name order, after the hosted domain's records.
    assertThat(zone.stream().filter(l -> !l.startsWith(";")).map(l -> l.split(" +")[0]))
        .containsExactly(
            "_xmpp-client._tcp.example.com.",
            "_xmpp-server._tcp.example.com.",
            "_xmpp-server._tcp.conference-2.standalonecluster.example.com.",
            "_xmpp-server._tcp.conference-3.example.com.",
            "conference-3.example.com.");
  }

  @Test
  void directTlsListenersAddXmppsRecordsPreferredOverStartTls() {
    DnsInputs.Ports ports =
        new DnsInputs.Ports(5222, OptionalInt.of(5223), OptionalInt.of(5269), OptionalInt.of(5270));
    List<String> records =
        DnsRecordPlanner.plan(
                inputs(Optional.of("xmpp.example.com"), ports),
                List.of(VIA_FEDERATION_NODE, OWN_ADDRESS))
            .records()
            .stream()
            .map(r -> r.name() + " " + r.type() + " " + r.data())
            .toList();
    assertThat(records)
        .containsExactly(
            "_xmpp-client._tcp.example.com. SRV 10 0 5222 xmpp.example.com.",
            "_xmpps-client._tcp.example.com. SRV 0 0 5223 xmpp.example.com.",
            "_xmpp-server._tcp.example.com. SRV 10 0 5269 xmpp.example.com.",
            "_xmpps-server._tcp.example.com. SRV 0 0 5270 xmpp.example.com.",
            "_xmpp-server._tcp.conference-2.standalonecluster.example.com. SRV 10 0 5269"
                + " xmpp.example.com.",
            "_xmpps-server._tcp.conference-2.standalonecluster.example.com. SRV 0 0 5270"
                + " xmpp.example.com.",
            "_xmpp-server._tcp.conference-3.example.com. SRV 0 0 25269 conference-3.example.com.",
            "conference-3.example.com. A 203.0.113.20");
  }

  @Test
  void withoutAPublicHostNameTheNodeHostNameIsUsedAndSaidSo() {
    List<String> zone =
        DnsRecordPlanner.plan(inputs(Optional.empty(), plain()), List.of()).zoneLines();
    assertThat(zone.get(0))
        .isEqualTo(
            "; no public host name is configured: the SRV targets use this node's host name"
                + " node1.internal; publish the name clients and servers reach the node by"
                + " instead, if it differs");
    assertThat(zone)
        .contains("_xmpp-server._tcp.example.com. 3600 IN SRV 0 0 5269 node1.internal.");
  }

  @Test
  void federationOffOnThisNodeLeavesOutServerRecordsExceptOwnAddressAliases() {
    DnsInputs.Ports ports =
        new DnsInputs.Ports(5222, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    DnsInputs inputs = inputs(Optional.of("xmpp.example.com"), ports);
    List<String> zone =
        DnsRecordPlanner.plan(inputs, List.of(VIA_FEDERATION_NODE, OWN_ADDRESS)).zoneLines();
    assertThat(zone).anyMatch(l -> l.startsWith("; XMPP federation is off on this node"));
    assertThat(zone.stream().filter(l -> l.contains("SRV")).map(l -> l.split(" +")[0]))
        .containsExactly(
            "_xmpp-client._tcp.example.com.", "_xmpp-server._tcp.conference-3.example.com.");
  }

  @Test
  void internationalizedNamesAreWrittenInTheirAsciiForm() {
    DnsInputs inputs =
        new DnsInputs(
            List.of(DomainJid.of("bücher.example")),
            Optional.of("xmpp.bücher.example"),
            "n",
            plain());
    assertThat(DnsRecordPlanner.plan(inputs, List.of()).records().get(0).name())
        .isEqualTo("_xmpp-client._tcp.xn--bcher-kva.example.");
    assertThat(DnsRecordPlanner.plan(inputs, List.of()).records().get(0).target())
        .isEqualTo("xmpp.xn--bcher-kva.example.");
  }
}
