package dev.parley.node;

import dev.parley.admin.model.DnsRecordView;
import dev.parley.admin.model.DnsRecordsView;
import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The DNS records to publish (RFC 6120 §3.2.1, RFC 2782, XEP-0368) for every hosted domain and chat
 * node alias, with notes on what DNS alone cannot say (the A record of the node, NAT and PAT).
 *
 * <p>Hosted domains get {@code _xmpp-client} and {@code _xmpp-server} records (and their {@code
 * _xmpps-} direct TLS twins when those listeners are on). An alias without its own address gets
 * {@code _xmpp-server} records pointing at this node's federation port (the seed's "single public
 * IP address" layout); an alias with its own address gets one {@code _xmpp-server} record with its
 * own port and the alias name itself as target, plus that name's A/AAAA record (the "multiple
 * public IP addresses" layout, such as port 25269). Where both kinds exist, direct TLS gets
 * priority 0 and STARTTLS 10 (XEP-0368 §3 lets one list hold both; direct TLS saves a round trip);
 * otherwise every record is {@code 0 0}, one record per name as the seed publishes it.
 */
public final class DnsRecordPlanner {

  /** One hour: short enough to move a node, long enough to keep resolvers' caches useful. */
  static final int TTL = 3600;

  private DnsRecordPlanner() {}

  public static DnsRecordsView plan(DnsInputs inputs, List<ChatAlias> aliases) {
    List<String> notes = new ArrayList<>();
    List<DnsRecordView> records = new ArrayList<>();
    String target = fqdn(inputs.target());
    DnsInputs.Ports ports = inputs.ports();
    if (inputs.publicHost().isEmpty()) {
      notes.add(
          "no public host name is configured: the SRV targets use this node's host name "
              + inputs.nodeHost()
              + "; publish the name clients and servers reach the node by instead, if it differs");
    }
    notes.add(
        target
            + " needs an A (or AAAA) record with this node's public address (behind NAT: the"
            + " firewall's address that forwards the ports below to this node)");
    if (ports.s2s().isEmpty()) {
      notes.add(
          "XMPP federation is off on this node: no _xmpp-server record points here; run"
              + " 'parley dns records' on a node where federation is on for those records");
    }
    for (var domain : inputs.domains()) {
      String name = fqdn(domain.domain());
      pair(records, "client", name, ports.c2sDirectTls(), OptionalInt.of(ports.c2s()), target);
      pair(records, "server", name, ports.s2sDirectTls(), ports.s2s(), target);
    }
    List<ChatAlias> sorted =
        aliases.stream().sorted(Comparator.comparing(a -> a.domain().domain())).toList();
    for (ChatAlias alias : sorted) {
      String name = fqdn(alias.domain().domain());
      if (alias.endpoint().isPresent()) {
        AliasEndpoint endpoint = alias.endpoint().get();
        records.add(
            DnsRecordView.srv(srvName("xmpp-server", name), TTL, 0, 0, endpoint.port(), name));
        records.add(DnsRecordView.address(name, TTL, endpoint.address()));
        notes.add(
            "chat node alias "
                + alias.domain()
                + " has its own public address: map "
                + endpoint
                + " on the firewall (PAT) to the federation port of the chat node serving it,"
                + " which must run the federation service");
      } else {
        pair(records, "server", name, ports.s2sDirectTls(), ports.s2s(), target);
      }
    }
    return new DnsRecordsView(notes, records);
  }

  /** The STARTTLS record and its direct TLS twin, when present. */
  private static void pair(
      List<DnsRecordView> records,
      String kind,
      String domain,
      OptionalInt direct,
      OptionalInt startTls,
      String target) {
    boolean both = direct.isPresent() && startTls.isPresent();
    startTls.ifPresent(
        port ->
            records.add(
                DnsRecordView.srv(
                    srvName("xmpp-" + kind, domain), TTL, both ? 10 : 0, 0, port, target)));
    direct.ifPresent(
        port ->
            records.add(
                DnsRecordView.srv(srvName("xmpps-" + kind, domain), TTL, 0, 0, port, target)));
  }

  private static String srvName(String service, String domain) {
    return "_" + service + "._tcp." + domain;
  }

  /** The ASCII (IDNA) form with the trailing dot, as a zone file writes absolute names. */
  static String fqdn(String host) {
    String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    return IDN.toASCII(bare) + ".";
  }
}
