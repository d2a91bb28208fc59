package dev.parley.bench.load;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code 500ms}, {@code 20s}, {@code 2m} (and ISO-8601 {@code PT20S}) as a duration. */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    Matcher matcher = SHORT.matcher(value.strip());
    if (!matcher.matches()) {
      try {
        return Duration.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration (500ms, 20s, 2m, 1h): " + value, e);
      }
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
