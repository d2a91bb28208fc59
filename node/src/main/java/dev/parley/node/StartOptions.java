package dev.parley.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The options of {@code ./parley start [--domain D] [--data DIR] [--config FILE]}. */
record StartOptions(Optional<String> domain, Path dataDir, Optional<Path> config) {

  static StartOptions parse(String[] args) {
    Optional<String> domain = Optional.empty();
    Path data = Path.of("data");
    Optional<Path> config = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if ("--help".equals(option) || "-h".equals(option)) {
        throw new ConfigException(
            "usage: ./parley start [--domain D] [--data DIR] [--config FILE]");
      }
      if (i + 1 >= args.length) {
        throw new ConfigException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--domain" -> domain = Optional.of(value);
        case "--data" -> data = Path.of(value);
        case "--config" -> config = Optional.of(Path.of(value));
        default -> throw new ConfigException("unknown option " + option);
      }
    }
    if (config.isPresent() && !Files.isReadable(config.get())) {
      throw new ConfigException("cannot read the configuration file " + config.get());
    }
    if (config.isEmpty() && Files.isReadable(Path.of("conf", "parley.yml"))) {
      config = Optional.of(Path.of("conf", "parley.yml"));
    }
    return new StartOptions(domain, data, config);
  }
}
