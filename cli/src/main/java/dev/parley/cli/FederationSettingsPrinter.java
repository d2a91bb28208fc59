package dev.parley.cli;

import dev.parley.admin.model.FederationSettingsView;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Prints the settings with the names of the seed's Settings page, one setting a row. */
final class FederationSettingsPrinter {

  private FederationSettingsPrinter() {}

  static void print(FederationSettingsView settings, PrintWriter out) {
    out.println("XMPP Federation Settings (Presence > Inter Domain Federation > XMPP Federation)");
    Table table = new Table("SETTING", "VALUE");
    table.add("security mode", SecurityModes.label(settings.securityMode()));
    table.add(
        "require client-side security certificates", yesNo(settings.requireValidCertificates()));
    table.add("SASL EXTERNAL on all incoming connections", yesNo(settings.saslExternalIncoming()));
    table.add("SASL on outbound connections", yesNo(settings.saslExternalOutbound()));
    table.add("dialback secret", settings.dialbackSecretSet() ? "set" : "not set");
    Map<String, String> pins =
        settings.pinnedCertificates() == null
            ? Map.of()
            : new TreeMap<>(settings.pinnedCertificates());
    if (pins.isEmpty()) {
      table.add("pinned certificates", "none");
    }
    pins.forEach(
        (domain, fingerprint) -> table.add("pinned certificate", domain + " " + fingerprint));
    table.add("restart pending", yesNo(settings.restartPending()));
    table.print(out);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
