package dev.parley.bench.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setup}: creates the benchmark accounts on a running Parley node through its REST API. */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description = {
      "Creates accounts <prefix>0 .. <prefix><count-1>@<domain> with POST /api/users/import.",
      "Existing accounts are reported as refused lines and left as they are."
    })
public final class SetupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--domain", required = true, description = "A domain the node hosts.")
  String domain;

  @Option(
      names = "--count",
      defaultValue = "20",
      description = "How many accounts (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--data",
      defaultValue = "data",
      description =
          "The node's data directory with admin.url and admin.token (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--url", description = "Admin base URL instead of <data>/admin.url.")
  URI url;

  @Option(names = "--token-file", description = "Bearer token file instead of <data>/admin.token.")
  Path tokenFile;

  @Mixin ClientOptions client;

  @Override
  public Integer call() throws Exception {
    AdminImport admin =
        new AdminImport(
            url != null ? url : URI.create(read(data.resolve("admin.url"))),
            read(tokenFile != null ? tokenFile : data.resolve("admin.token")));
    String answer = admin.importAccounts(client.accounts(domain, 0, count));
    spec.commandLine().getOut().println(answer);
    return 0;
  }

  static String read(Path file) throws java.io.IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }
}
