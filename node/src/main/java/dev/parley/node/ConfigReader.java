package dev.parley.node;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to the YAML tree of {@code parley.yml} by dotted path, with defaults and bounds.
 * Every key read is remembered, so that {@link #rejectUnknown} can name a misspelt setting.
 */
final class ConfigReader {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB)?");
  private final Map<String, Object> flat = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();

  ConfigReader(Map<String, Object> tree) {
    flatten("", tree);
  }

  @SuppressWarnings("unchecked")
  private void flatten(String prefix, Map<String, Object> tree) {
    for (Map.Entry<String, Object> entry : tree.entrySet()) {
      String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      if (entry.getValue() instanceof Map<?, ?> child) {
        flatten(key, (Map<String, Object>) child);
      } else {
        flat.put(key, entry.getValue());
      }
    }
  }

  Optional<Object> raw(String key) {
    read.add(key);
    return Optional.ofNullable(flat.get(key));
  }

  String string(String key, String fallback) {
    return raw(key).map(String::valueOf).map(String::trim).orElse(fallback);
  }

  boolean bool(String key, boolean fallback) {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return fallback;
    }
    return switch (String.valueOf(value.get()).toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw ConfigException.badValue(key, value.get(), "expected true or false");
    };
  }

  int integer(String key, int fallback, int min, int max) {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(String.valueOf(value.get()).trim());
      if (parsed < min || parsed > max) {
        throw ConfigException.badValue(key, value.get(), "expected " + min + " to " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ConfigException.badValue(key, value.get(), "expected a whole number");
    }
  }

  int port(String key, int fallback) {
    return integer(key, fallback, 0, 65_535);
  }

  Duration duration(String key, Duration fallback) {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return fallback;
    }
    Matcher m = DURATION.matcher(String.valueOf(value.get()).trim());
    if (!m.matches()) {
      throw ConfigException.badValue(key, value.get(), "expected a duration like 30s, 10m or 1h");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  int bytes(String key, int fallback) {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return fallback;
    }
    Matcher m = SIZE.matcher(String.valueOf(value.get()).trim());
    if (!m.matches()) {
      throw ConfigException.badValue(
          key, value.get(), "expected a size like 262144, 256KiB or 1MiB");
    }
    long amount = Long.parseLong(m.group(1));
    long multiplier =
        m.group(2) == null || "B".equals(m.group(2))
            ? 1
            : "KiB".equals(m.group(2)) ? 1024 : 1024 * 1024;
    long result = amount * multiplier;
    if (result > Integer.MAX_VALUE) {
      throw ConfigException.badValue(key, value.get(), "too large");
    }
    return (int) result;
  }

  /** A list of maps, such as the hosted domains. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> list(String key) {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof Map<?, ?>)) {
          throw ConfigException.badValue(key, item, "expected a list of mappings");
        }
      }
      return (List<Map<String, Object>>) list;
    }
    throw ConfigException.badValue(key, value.get(), "expected a list");
  }

  /** A list of plain values, such as DNS server addresses. */
  List<String> strings(String key) {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof List<?> list) {
      return list.stream().map(String::valueOf).map(String::trim).toList();
    }
    String single = String.valueOf(value.get()).trim();
    return single.isEmpty() ? List.of() : List.of(single);
  }

  Optional<Boolean> optionalBool(String key) {
    return raw(key).isPresent() ? Optional.of(bool(key, false)) : Optional.empty();
  }

  /** Fails on a key nobody read: most likely a typo. */
  void rejectUnknown() {
    for (String key : flat.keySet()) {
      if (!read.contains(key)) {
        throw new ConfigException("unknown setting '" + key + "' (check its spelling)");
      }
    }
  }
}
