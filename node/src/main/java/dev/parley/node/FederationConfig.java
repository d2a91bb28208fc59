package dev.parley.node;

import dev.parley.federation.FederationLimits;
import dev.parley.federation.FederationSettings;
import dev.parley.federation.SecurityMode;
import dev.parley.protocol.XmlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the federation settings of {@code parley.yml} (listeners.s2s*, federation.*). */
final class FederationConfig {
  private FederationConfig() {}

  static FederationBootstrap read(ConfigReader c, Path base) {
    ListenerConfig s2s =
        new ListenerConfig(
            c.string("listeners.s2s.address", "0.0.0.0"), c.port("listeners.s2s.port", 5269));
    boolean direct = c.bool("listeners.s2s-direct-tls.enabled", false);
    ListenerConfig directTls =
        new ListenerConfig(
            c.string("listeners.s2s-direct-tls.address", "0.0.0.0"),
            c.port("listeners.s2s-direct-tls.port", 5270));
    String trust = c.string("federation.trust-directory", "");
    Optional<Path> trustDirectory =
        trust.isEmpty() ? Optional.empty() : Optional.of(base.resolve(trust));
    if (trustDirectory.isPresent() && !Files.isDirectory(trustDirectory.get())) {
      throw ConfigException.badValue("federation.trust-directory", trust, "not a directory");
    }
    List<String> resolvers = c.strings("federation.dns-resolvers");
    try {
      dev.parley.federation.DnsResolverSettings.of(
          resolvers,
          dev.parley.federation.DnsResolverSettings.DEFAULT_TIMEOUT,
          dev.parley.federation.DnsResolverSettings.DEFAULT_RETRIES);
    } catch (IllegalArgumentException e) {
      throw ConfigException.badValue(
          "federation.dns-resolvers", String.join(", ", resolvers), e.getMessage());
    }
    return new FederationBootstrap(
        s2s,
        direct ? Optional.of(directTls) : Optional.empty(),
        trustDirectory,
        c.bool("federation.include-system-cas", false),
        resolvers,
        c.bool("federation.initial.enabled", false),
        initialSettings(c),
        limits(c),
        c.bool("federation.bidi", true));
  }

  /** {@code federation.limits.*}; each defaults to {@link FederationLimits#DEFAULT}. */
  private static FederationLimits limits(ConfigReader c) {
    FederationLimits d = FederationLimits.DEFAULT;
    int queueSize = c.integer("federation.limits.queue-size", d.queueSize(), 1, 1_000_000);
    int stanzaSize = c.bytes("federation.limits.max-stanza-size", d.xml().maxStanzaBytes());
    XmlLimits xml;
    try {
      xml = new XmlLimits(stanzaSize, d.xml().maxDepth());
    } catch (IllegalArgumentException e) {
      throw ConfigException.badValue(
          "federation.limits.max-stanza-size", stanzaSize, e.getMessage());
    }
    try {
      return new FederationLimits(
          queueSize,
          c.duration("federation.limits.queue-timeout", d.queueTimeout()),
          c.duration("federation.limits.connect-timeout", d.connectTimeout()),
          c.duration("federation.limits.negotiation-timeout", d.negotiationTimeout()),
          c.duration("federation.limits.idle-timeout", d.idleTimeout()),
          c.duration("federation.limits.max-hold-down", d.maxHoldDown()),
          xml);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("setting 'federation.limits': " + e.getMessage());
    }
  }

  private static Optional<FederationSettings> initialSettings(ConfigReader c) {
    String modeText = c.string("federation.initial.security-mode", "");
    Optional<Boolean> strict = c.optionalBool("federation.initial.require-valid-certificates");
    Optional<Boolean> saslIn = c.optionalBool("federation.initial.sasl-external-incoming");
    Optional<Boolean> saslOut = c.optionalBool("federation.initial.sasl-external-outbound");
    String secret = c.string("federation.initial.dialback-secret", "");
    List<String> pins = c.strings("federation.initial.pinned-certificates");
    if (modeText.isEmpty()
        && strict.isEmpty()
        && saslIn.isEmpty()
        && saslOut.isEmpty()
        && secret.isEmpty()
        && pins.isEmpty()) {
      return Optional.empty();
    }
    SecurityMode mode;
    try {
      mode =
          modeText.isEmpty()
              ? SecurityMode.TLS_REQUIRED
              : SecurityMode.valueOf(modeText.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ConfigException.badValue(
          "federation.initial.security-mode",
          modeText,
          "expected NO_TLS, TLS_OPTIONAL or TLS_REQUIRED");
    }
    Map<String, String> pinned = new HashMap<>();
    for (String pin : pins) {
      int eq = pin.indexOf('=');
      if (eq <= 0) {
        throw ConfigException.badValue(
            "federation.initial.pinned-certificates", pin, "expected domain=sha256-hex");
      }
      try {
        pinned.put(
            pin.substring(0, eq).trim(),
            dev.parley.federation.CertificateFingerprints.normalize(pin.substring(eq + 1).trim()));
      } catch (IllegalArgumentException e) {
        throw ConfigException.badValue(
            "federation.initial.pinned-certificates", pin, e.getMessage());
      }
    }
    FederationSettings defaults = FederationLifecycle.defaultSettings();
    try {
      return Optional.of(
          new FederationSettings(
              mode,
              strict.orElse(mode.usesTls()),
              saslIn.orElse(mode.usesTls()),
              saslOut.orElse(mode.usesTls()),
              secret.isEmpty() ? defaults.dialbackSecret() : secret,
              pinned));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("setting 'federation.initial': " + e.getMessage());
    }
  }
}
