package dev.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.admin.model.DnsRecordsView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code dns records [--format zone|json]}. */
@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the SRV (and A) records to publish for every hosted domain and chat node alias,",
      "in zone-file syntax (default) or as JSON."
    })
final class DnsRecordsCommand extends AdminCommand {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "zone (default) or json.",
      defaultValue = "zone")
  String format;

  private final ObjectMapper mapper =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  DnsRecordsCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    if (!format.equals("zone") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--format must be zone or json, not " + format);
    }
    DnsRecordsView view = client.get(ChatPayloads.DNS_RECORDS, ChatPayloads.DNS);
    if (format.equals("json")) {
      out().println(json(view));
    } else {
      view.zoneLines().forEach(out()::println);
    }
    out().flush();
    return 0;
  }

  private String json(DnsRecordsView view) {
    try {
      return mapper.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new CliException("cannot print the records as JSON: " + e.getOriginalMessage());
    }
  }
}
