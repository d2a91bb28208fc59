package dev.parley.admin.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The DNS records to publish for every hosted domain and every chat node alias, with the notes an
 * administrator needs to publish them right (missing public host name, NAT/PAT mappings).
 *
 * @param notes sentences printed as comment lines above the records
 * @param records the records, domain by domain
 */
public record DnsRecordsView(List<String> notes, List<DnsRecordView> records) {

  public DnsRecordsView {
    notes = notes == null ? List.of() : List.copyOf(notes);
    records = records == null ? List.of() : List.copyOf(records);
  }

  /**
   * The records as zone-file lines (RFC 1035 §5.1): the notes as {@code ;} comments first, then one
   * line per record with the owner names padded to one column.
   */
  public List<String> zoneLines() {
    List<String> lines = new ArrayList<>();
    notes.forEach(note -> lines.add("; " + note));
    int width = records.stream().mapToInt(r -> r.name().length()).max().orElse(0);
    for (DnsRecordView record : records) {
      String owner = record.name() + " ".repeat(width - record.name().length());
      String type = record.type() + " ".repeat(Math.max(1, 4 - record.type().length()));
      lines.add(owner + " " + record.ttl() + " IN " + type + record.data());
    }
    return List.copyOf(lines);
  }
}
