package dev.parley.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Option;

/** How the load clients log in: the options every scenario shares. */
public final class ClientOptions {
  @Option(
      names = "--tls",
      defaultValue = "AUTO",
      description = "STARTTLS: NONE, AUTO (when offered) or REQUIRED (default: ${DEFAULT-VALUE}).")
  TlsPolicy tls;

  @Option(
      names = "--ca",
      description = "PEM file of the CA to trust; without it every server certificate is trusted.")
  Path ca;

  @Option(
      names = "--sasl",
      defaultValue = "SCRAM-SHA-1",
      description = "SCRAM-SHA-1, SCRAM-SHA-256 or PLAIN (default: ${DEFAULT-VALUE}).")
  String sasl;

  @Option(
      names = "--prefix",
      defaultValue = "load",
      description = "Account localparts are <prefix><n> (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(
      names = "--password",
      defaultValue = "load-secret",
      description = "Password of every benchmark account (default: ${DEFAULT-VALUE}).")
  String password;

  @Option(
      names = "--timeout",
      defaultValue = "20s",
      converter = DurationConverter.class,
      description = "Connect and login step timeout (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  private SSLContext context;

  /** The settings of clients connecting to {@code endpoint}. */
  ClientSettings settings(Endpoint endpoint) {
    if (context == null) {
      context = Trust.context(Optional.ofNullable(ca));
    }
    return new ClientSettings(endpoint, tls, context, sasl, "load", timeout);
  }

  /** {@code count} accounts of {@code domain} from number {@code first}. */
  Accounts accounts(String domain, int first, int count) {
    return new Accounts(domain, prefix, first, count, password);
  }
}
