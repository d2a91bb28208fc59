package dev.parley.cli;

import dev.parley.admin.model.HealthView;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code status}: health plus a summary of the metrics. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows the node's health and headline metrics.")
final class StatusCommand extends AdminCommand {

  StatusCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    HealthView health = client.get("/api/health", Payloads.HEALTH);
    PrintWriter out = out();
    out.printf("status:   %s%n", health.status());
    out.printf("server:   %s %s%n", health.server(), health.version());
    out.printf("node:     %s%n", health.node());
    out.printf("domains:  %s%n", String.join(", ", health.domains()));
    out.printf(
        "uptime:   %s (since %s)%n", Duration.ofSeconds(health.uptimeSeconds()), health.started());
    out.flush();
    MetricsSummary metrics = MetricsSummary.parse(client.getText("/metrics"));
    out.printf("metrics:  %d series names%n", metrics.metricCount());
    for (Map.Entry<String, Double> metric : metrics.headlines().entrySet()) {
      out.printf("  %s %s%n", metric.getKey(), format(metric.getValue()));
    }
    out.flush();
    return 0;
  }

  private static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
