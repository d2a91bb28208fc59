package dev.parley.node;

import dev.parley.admin.DnsAdmin;
import dev.parley.admin.model.DnsRecordsView;
import java.util.List;
import java.util.function.Supplier;

/**
 * The DNS records of this node as of each request: the listeners and aliases are read again every
 * time, so a new alias or a federation restart shows at once. Reading the host name may ask DNS;
 * admin requests run on virtual threads.
 */
public final class NodeDnsRecords implements DnsAdmin {
  private final Supplier<DnsInputs> inputs;
  private final Supplier<List<ChatAlias>> aliases;

  public NodeDnsRecords(Supplier<DnsInputs> inputs, Supplier<List<ChatAlias>> aliases) {
    this.inputs = inputs;
    this.aliases = aliases;
  }

  @Override
  public DnsRecordsView records() {
    return DnsRecordPlanner.plan(inputs.get(), aliases.get());
  }
}
