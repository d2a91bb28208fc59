package dev.parley.cli;

import dev.parley.admin.model.ServerStreamView;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code federation sessions [--long]}: the live server-to-server streams. */
@Command(
    name = "sessions",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the inbound and outbound server-to-server streams.",
      "Close one with 'federation sessions close ID'."
    })
final class FederationSessionsCommand extends AdminCommand {

  @Option(
      names = {"-l", "--long"},
      description =
          "One block per stream with every detail: node, certificate subject, issuer"
              + " and expiry.")
  boolean details;

  FederationSessionsCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    List<ServerStreamView> streams =
        client.get("/api/federation/sessions", FederationPayloads.STREAMS);
    if (streams.isEmpty()) {
      out().println("no server streams");
      return 0;
    }
    if (details) {
      streams.forEach(stream -> printDetails(stream, out()));
    } else {
      printTable(streams, out());
    }
    out().printf("%d server stream%s%n", streams.size(), streams.size() == 1 ? "" : "s");
    out().flush();
    return 0;
  }

  private static void printTable(List<ServerStreamView> streams, PrintWriter out) {
    Table table =
        new Table(
            "ID",
            "DIRECTION",
            "LOCAL",
            "REMOTE",
            "TLS",
            "CERTIFICATE",
            "AUTH",
            "SINCE",
            "IN/OUT",
            "QUEUE");
    for (ServerStreamView s : streams) {
      table.add(
          s.id(),
          Table.cell(s.direction()),
          Table.cell(s.localDomain()),
          Table.cell(s.remoteDomain()),
          Table.cell(s.tls()),
          Table.cell(s.certificateVerdict()),
          Table.cell(s.authentication()),
          Table.cell(s.since()),
          s.stanzasIn() + "/" + s.stanzasOut(),
          Integer.toString(s.queued()));
    }
    table.print(out);
  }

  private static void printDetails(ServerStreamView s, PrintWriter out) {
    out.printf("%s%n", s.id());
    line(out, "direction", s.direction());
    line(out, "local domain", s.localDomain());
    line(out, "remote domain", s.remoteDomain());
    line(out, "node", s.node());
    line(out, "TLS", s.tls());
    line(out, "certificate subject", s.certificateSubject());
    line(out, "certificate issuer", s.certificateIssuer());
    line(out, "certificate expiry", s.certificateExpiry());
    line(out, "certificate verdict", s.certificateVerdict());
    line(out, "authentication", s.authentication());
    line(out, "since", s.since());
    line(out, "stanzas in/out", s.stanzasIn() + "/" + s.stanzasOut());
    line(out, "queued", Integer.toString(s.queued()));
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("  %-20s %s%n", label, Table.cell(value));
  }
}
