package dev.parley.admin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DnsRecordsViewTest {

  @Test
  void zoneLinesPutNotesFirstAndAlignOwnersAndTypes() {
    DnsRecordsView view =
        new DnsRecordsView(
            List.of("publish these in the zone of example.com"),
            List.of(
                DnsRecordView.srv("_xmpp-server._tcp.example.com.", 3600, 0, 0, 5269, "x.example."),
                DnsRecordView.address("x.example.", 3600, "203.0.113.10"),
                DnsRecordView.address("y.example.", 300, "2001:db8::1")));
    assertThat(view.zoneLines())
        .containsExactly(
            "; publish these in the zone of example.com",
            "_xmpp-server._tcp.example.com. 3600 IN SRV 0 0 5269 x.example.",
            "x.example.                     3600 IN A   203.0.113.10",
            "y.example.                     300 IN AAAA 2001:db8::1");
  }

  @Test
  void missingListsAreEmpty() {
    assertThat(new DnsRecordsView(null, null).zoneLines()).isEmpty();
  }
}
