package dev.parley.bench.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison as Markdown: the conditions, then one table per metric with each server's median,
 * range, spread, loss, errors, CPU per 1,000 and Parley's ratio to the best peer. {@link #splice}
 * puts it between two marker comments of docs/PERFORMANCE.md, leaving the rest of the page alone.
 */
final class Report {
  static final String BEGIN = "<!-- compare:begin (written by ./parley bench load compare) -->";
  static final String END = "<!-- compare:end -->";

  private Report() {}

  /** The Markdown for {@code outcomes}; {@code conditions} are bullet lines about the run. */
  static String render(Outcomes outcomes, List<String> conditions) {
    StringBuilder md = new StringBuilder();
    for (String line : conditions) {
      md.append("- ").append(line).append('\n');
    }
    outcomes
        .software()
        .forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    if (!outcomes.ceilings().isEmpty()) {
      md.append("- ").append(ceilingLine(outcomes)).append('\n');
    }
    md.append('\n');
    for (var metric : outcomes.byMetric().entrySet()) {
      md.append("**").append(metric.getKey()).append("**\n\n");
      md.append(
          "| server | median | min–max | spread | lost | errors | server CPU s / 1,000 | vs best peer |\n");
      md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      Optional<Spread> best = outcomes.bestPeer(metric.getKey());
      for (Map.Entry<ServerKind, List<Result>> row : metric.getValue().entrySet()) {
        boolean limited =
            outcomes.nearCeiling(metric.getKey(), Outcomes.spread(row.getValue()).median());
        md.append(row(row.getKey(), row.getValue(), best, limited)).append('\n');
      }
      md.append('\n');
    }
    if (!outcomes.problems().isEmpty()) {
      md.append("Not measured or failed:\n\n");
      outcomes.problems().forEach(p -> md.append("- ").append(p).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  /** The conditions' line stating the tool's own ceiling, from the self-test. */
  static String ceilingLine(Outcomes outcomes) {
    Map<String, Double> ceilings = outcomes.ceilings();
    StringBuilder line =
        new StringBuilder(
            "Tool ceiling (`--self-test`: the same workloads against an in-process echo endpoint"
                + " on the servers' core; a lower bound):");
    String separator = " ";
    for (var ceiling : ceilings.entrySet()) {
      line.append(separator)
          .append(ceiling.getKey())
          .append(' ')
          .append(number(ceiling.getValue()));
      if (outcomes.exceeded(ceiling.getKey())) {
        line.append(" (a server went above it: the echo endpoint limited this one, no bound)");
      }
      separator = "; ";
    }
    return line.append(
            ". A median at 80 % of it or more is marked \"(tool-limited?)\" after the server.")
        .toString();
  }

  static String row(ServerKind server, List<Result> results, Optional<Spread> best) {
    return row(server, results, best, false);
  }

  /** A table row; {@code limited} marks a median close to the tool's own ceiling. */
  static String row(
      ServerKind server, List<Result> results, Optional<Spread> best, boolean limited) {
    Spread spread = Outcomes.spread(results);
    boolean higher = results.get(0).higherIsBetter();
    long lost = results.stream().mapToLong(Result::lost).sum();
    long errors = results.stream().mapToLong(Result::errors).sum();
    double cpu = Spread.of(results.stream().map(Result::cpuPerThousand).toList()).median();
    String ratio =
        server == ServerKind.PARLEY && best.isPresent()
            ? String.format(Locale.ROOT, "%.2f×", spread.ratioTo(best.get(), higher))
            : "";
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s–%s | %.0f %% | %d | %d | %s | %s |",
        limited ? name(server) + " (tool-limited?)" : name(server),
        number(spread.median()),
        number(spread.min()),
        number(spread.max()),
        spread.spreadPercent(),
        lost,
        errors,
        Double.isNaN(cpu) ? "—" : String.format(Locale.ROOT, "%.3f", cpu),
        ratio);
  }

  static String name(ServerKind server) {
    return switch (server) {
      case PARLEY -> "Parley";
      case PROSODY -> "Prosody";
      case EJABBERD -> "ejabberd";
    };
  }

  /** Three significant figures at most, thousands separated. */
  static String number(double value) {
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
  }

  /**
   * {@code page} with the text between the markers replaced by {@code section}; the markers and
   * section are appended when the page has none.
   */
  static String splice(String page, String section) {
    int begin = page.indexOf(BEGIN);
    int end = page.indexOf(END);
    String block = BEGIN + "\n" + section + END;
    if (begin < 0 || end < begin) {
      return page + (page.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
    }
    return page.substring(0, begin) + block + page.substring(end + END.length());
  }
}
