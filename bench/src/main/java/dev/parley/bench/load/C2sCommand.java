package dev.parley.bench.load;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code c2s}: N senders to N receivers, all clients of one server. */
@Command(
    name = "c2s",
    mixinStandardHelpOptions = true,
    description = {
      "N senders to N receivers on one server: sender <prefix><i> writes to <prefix><N+i>.",
      "Needs accounts <prefix>0 .. <prefix><2N-1> (see setup --count 2N)."
    })
public final class C2sCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--domain", required = true, description = "The accounts' domain.")
  String domain;

  @Option(
      names = "--server",
      defaultValue = "127.0.0.1:5222",
      description = "c2s host:port (default: ${DEFAULT-VALUE}).")
  String server;

  @Option(
      names = "--pairs",
      defaultValue = "10",
      description = "Sender/receiver pairs (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Mixin ClientOptions client;
  @Mixin RunOptions run;

  @Override
  public Integer call() throws Exception {
    ClientSettings settings = client.settings(Endpoint.parse(domain, server));
    Topology topology =
        new Topology.Pairs(
            new Side(settings, client.accounts(domain, 0, pairs)),
            new Side(settings, client.accounts(domain, pairs, pairs)));
    return run.runAndReport("c2s", topology, spec.commandLine().getOut());
  }
}
