package dev.parley.testkit.pki;

import java.time.Duration;
import java.time.Instant;

/** The validity period of a test certificate (RFC 5280 §4.1.2.5). */
public record Validity(Instant notBefore, Instant notAfter) {
  private static final Duration DAY = Duration.ofDays(1);

  public Validity {
    if (notAfter.isBefore(notBefore)) {
      throw new IllegalArgumentException("notAfter is before notBefore");
    }
  }

  /** Valid from a day before {@code now} until a year after it. */
  public static Validity current(Instant now) {
    return new Validity(now.minus(DAY), now.plus(DAY.multipliedBy(365)));
  }

  /** Valid for sixty days that ended a day before {@code now}. */
  public static Validity expired(Instant now) {
    return new Validity(now.minus(DAY.multipliedBy(61)), now.minus(DAY));
  }

  /** Valid from a day after {@code now}, for a year. */
  public static Validity notYetValid(Instant now) {
    return new Validity(now.plus(DAY), now.plus(DAY.multipliedBy(366)));
  }
}
