package dev.parley.cli;

import dev.parley.admin.model.PolicyExceptionView;
import dev.parley.admin.model.PolicyView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code federation policy add-exception DOMAIN --direction all|incoming|outgoing}. */
@Command(
    name = "add-exception",
    mixinStandardHelpOptions = true,
    description = {
      "Adds an exception that reverses the default for one domain or host (or *.domain for the"
          + " domain and every subdomain); replaces an exception for the same entry."
    })
final class PolicyAddExceptionCommand extends AdminCommand {

  @Parameters(
      index = "0",
      paramLabel = "DOMAIN",
      description = "example.com, hostname.example.com or *.example.com")
  String domain;

  @Option(
      names = "--direction",
      defaultValue = "all",
      paramLabel = "all|incoming|outgoing",
      description = "Which packets the exception covers (default: ${DEFAULT-VALUE}).")
  String direction;

  PolicyAddExceptionCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    PolicyView view =
        client.post(
            PolicyPayloads.PATH + "/exceptions",
            new PolicyExceptionView(domain, direction),
            PolicyPayloads.POLICY);
    out().println("federation policy saved");
    PolicyPrinter.print(view, out());
    return 0;
  }
}
