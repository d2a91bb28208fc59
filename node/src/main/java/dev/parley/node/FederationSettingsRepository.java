package dev.parley.node;

import dev.parley.federation.FederationSettings;
import dev.parley.federation.SecurityMode;
import dev.parley.store.SettingsStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Federation settings and the per-node on/off switch, kept cluster-wide in the settings store. A
 * topology counter changes whenever federation is turned on or off on any node, so that every node
 * can tell its Router needs a restart (the seed's rule).
 */
final class FederationSettingsRepository {
  private static final String SETTINGS = "federation.settings";
  private static final String ENABLED = "federation.enabled.";
  private static final String TOPOLOGY = "federation.topology-version";
  private static final String PIN = "pin.";
  private final SettingsStore store;

  FederationSettingsRepository(SettingsStore store) {
    this.store = store;
  }

  Optional<FederationSettings> settings() {
    return store.get(SETTINGS).map(FederationSettingsRepository::decode);
  }

  void save(FederationSettings settings) {
    store.put(SETTINGS, encode(settings));
  }

  boolean enabled(String node) {
    return store.get(ENABLED + node).map(Boolean::parseBoolean).orElse(false);
  }

  void enabled(String node, boolean on) {
    store.put(ENABLED + node, Boolean.toString(on));
    markRouterRestartPending();
  }

  /**
   * Marks the Router "restart pending" on every node sharing this database: each node compares the
   * counter with the one its Router last applied. Used by on/off switches and by the layers applied
   * at a Router restart (federation policy).
   */
  void markRouterRestartPending() {
    store.put(TOPOLOGY, Long.toString(topologyVersion() + 1));
  }

  long topologyVersion() {
    return store.get(TOPOLOGY).map(Long::parseLong).orElse(0L);
  }

  private static String encode(FederationSettings settings) {
    Properties properties = new Properties();
    properties.setProperty("security-mode", settings.securityMode().name());
    properties.setProperty(
        "require-valid-certificates", Boolean.toString(settings.requireValidCertificates()));
    properties.setProperty(
        "sasl-external-incoming", Boolean.toString(settings.saslExternalIncoming()));
    properties.setProperty(
        "sasl-external-outbound", Boolean.toString(settings.saslExternalOutbound()));
    properties.setProperty("dialback-secret", settings.dialbackSecret());
    settings
        .pinnedCertificates()
        .forEach((domain, fingerprint) -> properties.setProperty(PIN + domain, fingerprint));
    StringWriter text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static FederationSettings decode(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> pins = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(PIN)) {
        pins.put(key.substring(PIN.length()), properties.getProperty(key));
      }
    }
    return new FederationSettings(
        SecurityMode.valueOf(properties.getProperty("security-mode")),
        Boolean.parseBoolean(properties.getProperty("require-valid-certificates")),
        Boolean.parseBoolean(properties.getProperty("sasl-external-incoming")),
        Boolean.parseBoolean(properties.getProperty("sasl-external-outbound")),
        properties.getProperty("dialback-secret"),
        pins);
  }
}
