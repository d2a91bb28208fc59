package dev.parley.cli;

import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code federation settings set [options]}: changes some settings, keeping the others. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = {
      "Changes XMPP federation settings; what is not given keeps its value.",
      "Certificate and SASL settings can be set only with TLS Optional or TLS Required; choosing"
          + " a TLS mode turns them on unless given. After a change the Router and the federation"
          + " service are 'restart pending': the command prints how to restart them."
    })
final class FederationSettingsSetCommand extends AdminCommand {

  @Option(
      names = "--security-mode",
      paramLabel = "MODE",
      description = "no-tls, tls-optional or tls-required.")
  String securityMode;

  @Option(
      names = "--require-valid-certificates",
      arity = "1",
      paramLabel = "true|false",
      description = "Require client-side security certificates: strict validation (RFC 6125).")
  Boolean requireValidCertificates;

  @Option(
      names = "--sasl-external-incoming",
      arity = "1",
      paramLabel = "true|false",
      description = "Enable SASL EXTERNAL on all incoming connections (XEP-0178).")
  Boolean saslExternalIncoming;

  @Option(
      names = "--sasl-external-outbound",
      arity = "1",
      paramLabel = "true|false",
      description = "Enable SASL on outbound connections.")
  Boolean saslExternalOutbound;

  @Option(
      names = "--dialback-secret-stdin",
      description = "Read a new dialback secret from standard input (never an argument).")
  boolean dialbackSecretStdin;

  @Option(
      names = "--pin",
      paramLabel = "DOMAIN=SHA256HEX",
      description = "Accept this certificate fingerprint for DOMAIN (colons allowed). Repeatable.")
  Map<String, String> pins;

  @Option(
      names = "--unpin",
      paramLabel = "DOMAIN",
      description = "Remove the pinned certificate of DOMAIN. Repeatable.")
  List<String> unpins;

  FederationSettingsSetCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    String mode = securityMode == null ? null : apiMode();
    if (mode == null
        && requireValidCertificates == null
        && saslExternalIncoming == null
        && saslExternalOutbound == null
        && !dialbackSecretStdin
        && pins == null
        && unpins == null) {
      throw new ParameterException(spec.commandLine(), "nothing to change: give an option");
    }
    Map<String, String> pinned = pins == null && unpins == null ? null : pinned(client);
    char[] secret = dialbackSecretStdin ? DialbackSecret.read(terminal()) : null;
    FederationSettingsView settings;
    try {
      FederationSettingsUpdate update =
          new FederationSettingsUpdate(
              mode,
              requireValidCertificates,
              saslExternalIncoming,
              saslExternalOutbound,
              secret == null ? null : new String(secret),
              pinned);
      settings = client.put("/api/federation/settings", update, FederationPayloads.SETTINGS);
    } finally {
      if (secret != null) {
        Arrays.fill(secret, '\0');
      }
    }
    out().println("federation settings saved");
    FederationSettingsPrinter.print(settings, out());
    PendingRestarts.print(client, out());
    return 0;
  }

  private String apiMode() {
    return SecurityModes.apiName(securityMode)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown security mode '" + securityMode + "': " + SecurityModes.CHOICES));
  }

  /**
   * The whole pin map after this command: the API replaces the map as a whole, so the current pins
   * are read and the changes applied to them.
   */
  private Map<String, String> pinned(AdminClient client) {
    FederationSettingsView current =
        client.get("/api/federation/settings", FederationPayloads.SETTINGS);
    Map<String, String> result = new TreeMap<>();
    if (current.pinnedCertificates() != null) {
      result.putAll(current.pinnedCertificates());
    }
    for (String domain : unpins == null ? List.<String>of() : unpins) {
      if (result.remove(domain(domain)) == null) {
        throw new CliException(domain(domain) + " has no pinned certificate");
      }
    }
    if (pins != null) {
      pins.forEach((domain, fingerprint) -> result.put(domain(domain), hex(fingerprint)));
    }
    return result;
  }

  private static String domain(String domain) {
    return domain.strip().toLowerCase(Locale.ROOT);
  }

  /** {@code openssl x509 -fingerprint -sha256} prints {@code AB:CD:...}; the API takes hex. */
  private static String hex(String fingerprint) {
    return fingerprint.replaceAll("[:\\s]", "").toLowerCase(Locale.ROOT);
  }
}
