package dev.parley.cli;

import java.util.Map;
import java.util.Optional;

/**
 * The seed's three security modes as the command line writes them ({@code tls-required}), as the
 * API sends them ({@code TLS_REQUIRED}) and as the Settings page labels them ("TLS Required").
 */
final class SecurityModes {

  static final String CHOICES = "no-tls, tls-optional or tls-required";

  private static final Map<String, String> API_NAMES =
      Map.of("no-tls", "NO_TLS", "tls-optional", "TLS_OPTIONAL", "tls-required", "TLS_REQUIRED");
  private static final Map<String, String> LABELS =
      Map.of("NO_TLS", "No TLS", "TLS_OPTIONAL", "TLS Optional", "TLS_REQUIRED", "TLS Required");

  private SecurityModes() {}

  /** The API's name for a command-line value; empty when it is not one of {@link #CHOICES}. */
  static Optional<String> apiName(String option) {
    return Optional.ofNullable(API_NAMES.get(option));
  }

  /** The seed's label; an unknown name is shown as it came. */
  static String label(String apiName) {
    return apiName == null ? "-" : LABELS.getOrDefault(apiName, apiName);
  }
}
