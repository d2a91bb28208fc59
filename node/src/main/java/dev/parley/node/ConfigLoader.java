package dev.parley.node;

import dev.parley.c2s.C2sSettings;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.XmlLimits;
import dev.parley.transport.OutboundLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads {@code parley.yml} into a validated {@link NodeConfig}. */
public final class ConfigLoader {
  private ConfigLoader() {}

  /** Loads the file, or the defaults when there is none; {@code domain} overrides the domains. */
  public static NodeConfig load(Optional<Path> file, Optional<String> domain) {
    Map<String, Object> tree = file.map(ConfigLoader::parse).orElse(Map.of());
    Path base = file.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("."));
    return read(new ConfigReader(tree), base, domain);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(Path file) {
    try {
      Object document =
          new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
              .loadFromString(Files.readString(file));
      if (document == null) {
        return Map.of();
      }
      if (!(document instanceof Map<?, ?>)) {
        throw new ConfigException(file + ": the top level must be a mapping of settings");
      }
      return (Map<String, Object>) document;
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    } catch (YamlEngineException e) {
      throw new ConfigException(file + " is not valid YAML: " + e.getMessage());
    }
  }

  private static NodeConfig read(ConfigReader c, Path base, Optional<String> domainOverride) {
    List<DomainConfig> domains = domains(c, base, domainOverride);
    List<DomainConfig> emailDomains = domainList(c, "federation.email-domains", base);
    int stanzaSize = c.bytes("c2s.max-stanza-size", XmlLimits.DEFAULT.maxStanzaBytes());
    int depth = c.integer("c2s.max-depth", XmlLimits.DEFAULT.maxDepth(), 4, 1024);
    C2sSettings defaults = C2sSettings.DEFAULT;
    XmlLimits limits =
        validated("c2s.max-stanza-size", stanzaSize, () -> new XmlLimits(stanzaSize, depth));
    C2sSettings c2s =
        validated(
            "c2s",
            "",
            () ->
                new C2sSettings(
                    c.bool("c2s.tls-required", defaults.tlsRequired()),
                    c.integer("c2s.max-auth-failures", defaults.maxAuthFailures(), 1, 10),
                    c.duration("c2s.idle-timeout", defaults.idleTimeout()),
                    c.duration("c2s.keepalive-interval", defaults.keepaliveInterval()),
                    limits,
                    c.duration("c2s.resumption-timeout", defaults.resumptionTimeout()),
                    c.integer("c2s.max-unacked", defaults.maxUnacked(), 10, 1_000_000),
                    outboundLimits(c)));
    boolean directTls = c.bool("listeners.c2s-direct-tls.enabled", true);
    ListenerConfig direct =
        new ListenerConfig(
            c.string("listeners.c2s-direct-tls.address", "0.0.0.0"),
            c.port("listeners.c2s-direct-tls.port", 5223));
    String logLevel = c.string("log.level", "INFO").toUpperCase(java.util.Locale.ROOT);
    if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR").contains(logLevel)) {
      throw ConfigException.badValue(
          "log.level", logLevel, "expected TRACE, DEBUG, INFO, WARN or ERROR");
    }
    NodeConfig config =
        new NodeConfig(
            c.string("node.name", "node1"),
            domains,
            emailDomains,
            c.string("database.url", ""),
            c.string("database.user", ""),
            c.string("database.password", ""),
            c.integer("database.pool-size", 10, 1, 500),
            new ListenerConfig(
                c.string("listeners.c2s.address", "0.0.0.0"), c.port("listeners.c2s.port", 5222)),
            directTls ? Optional.of(direct) : Optional.empty(),
            new ListenerConfig(
                c.string("listeners.admin.address", "127.0.0.1"),
                c.port("listeners.admin.port", 8080)),
            c2s,
            c.bool("registration.open", false),
            c.integer("offline.quota", 1000, 0, 1_000_000),
            logLevel,
            FederationConfig.read(c, base));
    c.rejectUnknown();
    return config;
  }

  /** What the server holds for a client that does not read (see ARCHITECTURE.md §4). */
  private static OutboundLimits outboundLimits(ConfigReader c) {
    OutboundLimits d = OutboundLimits.DEFAULT;
    int low = c.bytes("c2s.outbound-low-watermark", d.lowWatermark());
    int high = c.bytes("c2s.outbound-high-watermark", d.highWatermark());
    long max = c.bytes("c2s.outbound-max-pending", (int) d.maxPendingBytes());
    Duration unwritable = c.duration("c2s.outbound-max-unwritable", d.maxUnwritable());
    Duration grace = c.duration("c2s.outbound-close-grace", d.closeGrace());
    return validated(
        "c2s.outbound-*", "", () -> new OutboundLimits(low, high, max, unwritable, grace));
  }

  private static List<DomainConfig> domains(ConfigReader c, Path base, Optional<String> override) {
    List<Map<String, Object>> entries = c.list("domains");
    if (override.isPresent()) {
      return List.of(DomainConfig.generated(domain("--domain", override.get())));
    }
    if (entries.isEmpty()) {
      return List.of(DomainConfig.generated(DomainJid.of("localhost")));
    }
    return domainList(c, "domains", base);
  }

  /** A list of domains, each with an optional certificate and key (paths relative to the file). */
  private static List<DomainConfig> domainList(ConfigReader c, String setting, Path base) {
    List<DomainConfig> domains = new ArrayList<>();
    for (Map<String, Object> entry : c.list(setting)) {
      for (String key : entry.keySet()) {
        if (!List.of("name", "certificate", "key").contains(key)) {
          throw new ConfigException("unknown setting '" + setting + "[]." + key + "'");
        }
      }
      DomainJid name = domain(setting + "[].name", String.valueOf(entry.get("name")));
      Optional<Path> certificate =
          Optional.ofNullable(entry.get("certificate")).map(p -> base.resolve(String.valueOf(p)));
      Optional<Path> key =
          Optional.ofNullable(entry.get("key")).map(p -> base.resolve(String.valueOf(p)));
      for (Path path : List.of(certificate, key).stream().flatMap(Optional::stream).toList()) {
        if (!Files.isReadable(path)) {
          throw ConfigException.badValue(
              setting + "[" + name + "]", path, "the file cannot be read");
        }
      }
      domains.add(new DomainConfig(name, certificate, key));
    }
    return domains;
  }

  private static DomainJid domain(String setting, String value) {
    try {
      return DomainJid.of(value);
    } catch (JidFormatException e) {
      throw ConfigException.badValue(setting, value, "expected a domain name");
    }
  }

  private static <T> T validated(
      String setting, Object value, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "setting '"
              + setting
              + "'"
              + (String.valueOf(value).isEmpty() ? "" : " value '" + value + "'")
              + ": "
              + e.getMessage());
    }
  }
}
