package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MetricsSummaryTest {

  @Test
  void sumsSamplesPerNameAndPicksHeadlines() {
    String text =
        "# HELP jvm_memory_used_bytes used\n"
            + "# TYPE jvm_memory_used_bytes gauge\n"
            + "jvm_memory_used_bytes{area=\"heap\",id=\"a b\"} 100.0\n"
            + "jvm_memory_used_bytes{area=\"nonheap\",id=\"c\"} 50.0\n"
            + "parley_stanzas_total{kind=\"message\"} 7.0 1700000000000\n"
            + "parley_stanzas_total{kind=\"iq\"} 3.0\n"
            + "other_metric 1\n"
            + "garbage\n";
    MetricsSummary summary = MetricsSummary.parse(text);
    assertThat(summary.metricCount()).isEqualTo(3);
    assertThat(summary.headlines())
        .containsExactly(
            java.util.Map.entry("jvm_memory_used_bytes", 150.0),
            java.util.Map.entry("parley_stanzas_total", 10.0));
  }

  @Test
  void tablesAlignColumns() {
    Table table = new Table("JID", "ADMIN");
    table.add("a@b", "yes");
    table.add("longer@example.com", Table.cell(null));
    StringWriter out = new StringWriter();
    table.print(new PrintWriter(out));
    assertThat(out.toString().lines())
        .containsExactly(
            "JID                 ADMIN", "a@b                 yes", "longer@example.com  -");
  }
}
