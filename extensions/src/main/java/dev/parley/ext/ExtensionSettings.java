package dev.parley.ext;

import java.time.Duration;

/**
 * Settings of the standard extensions.
 *
 * @param registrationOpen whether unauthenticated clients may create accounts (XEP-0077)
 * @param vcardMaxBytes the largest vCard accepted, in bytes of XML (XEP-0054)
 * @param privateMaxBytes the largest private XML element accepted, in bytes (XEP-0049)
 * @param commandTimeout how long an executed ad-hoc command waits for its form (XEP-0050)
 */
public record ExtensionSettings(
    boolean registrationOpen, int vcardMaxBytes, int privateMaxBytes, Duration commandTimeout) {

  /** Registration closed, 64 KiB vCards and private elements, ten-minute command sessions. */
  public static final ExtensionSettings DEFAULTS =
      new ExtensionSettings(false, 64 * 1024, 64 * 1024, Duration.ofMinutes(10));

  public ExtensionSettings {
    if (vcardMaxBytes < 1024 || privateMaxBytes < 1024) {
      throw new IllegalArgumentException("payload size limits must be at least 1024 bytes");
    }
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("command timeout must be positive");
    }
  }

  /** These settings with in-band registration opened or closed. */
  public ExtensionSettings withRegistrationOpen(boolean open) {
    return new ExtensionSettings(open, vcardMaxBytes, privateMaxBytes, commandTimeout);
  }
}
