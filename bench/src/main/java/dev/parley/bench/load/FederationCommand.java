package dev.parley.bench.load;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code federation}: senders on server A, receivers on server B, across the s2s link. */
@Command(
    name = "federation",
    mixinStandardHelpOptions = true,
    description = {
      "N senders on server A to N receivers on server B: <prefix><i>@A writes to <prefix><i>@B,"
          + " so every message crosses the server-to-server link.",
      "Needs accounts <prefix>0 .. <prefix><N-1> on both servers."
    })
public final class FederationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from-domain", required = true, description = "Domain of the senders (A).")
  String fromDomain;

  @Option(names = "--from-server", required = true, description = "c2s host:port of A.")
  String fromServer;

  @Option(names = "--to-domain", required = true, description = "Domain of the receivers (B).")
  String toDomain;

  @Option(names = "--to-server", required = true, description = "c2s host:port of B.")
  String toServer;

  @Option(
      names = "--pairs",
      defaultValue = "10",
      description = "Sender/receiver pairs (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Mixin ClientOptions client;
  @Mixin RunOptions run;

  @Override
  public Integer call() throws Exception {
    Topology topology =
        new Topology.Pairs(
            new Side(
                client.settings(Endpoint.parse(fromDomain, fromServer)),
                client.accounts(fromDomain, 0, pairs)),
            new Side(
                client.settings(Endpoint.parse(toDomain, toServer)),
                client.accounts(toDomain, 0, pairs)));
    return run.runAndReport("federation", topology, spec.commandLine().getOut());
  }
}
