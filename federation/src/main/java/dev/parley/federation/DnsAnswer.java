package dev.parley.federation;

import java.util.List;
import org.xbill.DNS.Record;

/** What one DNS question got back. */
sealed interface DnsAnswer {

  /** The records of the asked type (after following CNAMEs). */
  record Records(List<Record> records) implements DnsAnswer {
    public Records {
      records = List.copyOf(records);
    }
  }

  /** NXDOMAIN: the name does not exist. */
  record NoSuchName() implements DnsAnswer {}

  /** The name exists but has no record of the asked type (NOERROR with an empty answer). */
  record NoData() implements DnsAnswer {}

  /**
   * No usable answer: {@code reason} is {@code dns-timeout} (no server answered) or {@code
   * dns-servfail} (a server answered SERVFAIL, REFUSED or something unusable).
   */
  record Failure(String reason, String text) implements DnsAnswer {
    Resolution.Failed asResolution() {
      return new Resolution.Failed(reason, text);
    }
  }
}
