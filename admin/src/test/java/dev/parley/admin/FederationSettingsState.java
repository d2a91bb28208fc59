package dev.parley.admin;

import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The stored settings of {@link InMemoryFederationAdmin}, validated by the seed's rules the way the
 * federation module's settings record does.
 */
record FederationSettingsState(
    String securityMode,
    boolean requireValidCertificates,
    boolean saslExternalIncoming,
    boolean saslExternalOutbound,
    String dialbackSecret,
    Map<String, String> pinnedCertificates) {

  static final String NO_TLS = "NO_TLS";
  private static final Set<String> MODES = Set.of(NO_TLS, "TLS_OPTIONAL", "TLS_REQUIRED");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  FederationSettingsState {
    pinnedCertificates = Map.copyOf(pinnedCertificates);
    if (dialbackSecret.length() < 16) {
      throw new IllegalArgumentException("the dialback secret must have at least 16 characters");
    }
    if (securityMode.equals(NO_TLS)
        && (requireValidCertificates || saslExternalIncoming || saslExternalOutbound)) {
      throw new IllegalArgumentException(
          "certificate and SASL settings can be set only with TLS Optional or TLS Required");
    }
    for (Map.Entry<String, String> pin : pinnedCertificates.entrySet()) {
      if (pin.getKey().isBlank() || !SHA256_HEX.matcher(pin.getValue()).matches()) {
        throw new IllegalArgumentException(
            "pin for '" + pin.getKey() + "' is not a SHA-256 fingerprint (64 hex digits)");
      }
    }
  }

  /** Federation starts in No TLS with a generated secret, as a fresh node would. */
  static FederationSettingsState initial() {
    return new FederationSettingsState(
        NO_TLS, false, false, false, "initial-dialback-secret", Map.of());
  }

  /**
   * The settings after {@code update}. A flag left out follows the mode when the mode changes: on
   * when TLS is chosen (seed: "turns on, by default, if you select either TLS Optional or TLS
   * Required"), off under No TLS; otherwise it keeps its value.
   */
  FederationSettingsState apply(FederationSettingsUpdate update) {
    String mode = update.securityMode() == null ? securityMode : mode(update.securityMode());
    boolean modeChanged = !mode.equals(securityMode);
    boolean tls = !mode.equals(NO_TLS);
    return new FederationSettingsState(
        mode,
        flag(update.requireValidCertificates(), requireValidCertificates, modeChanged, tls),
        flag(update.saslExternalIncoming(), saslExternalIncoming, modeChanged, tls),
        flag(update.saslExternalOutbound(), saslExternalOutbound, modeChanged, tls),
        update.dialbackSecret() == null ? dialbackSecret : update.dialbackSecret(),
        update.pinnedCertificates() == null
            ? pinnedCertificates
            : Map.copyOf(update.pinnedCertificates()));
  }

  FederationSettingsView view(boolean restartPending) {
    return new FederationSettingsView(
        securityMode,
        requireValidCertificates,
        saslExternalIncoming,
        saslExternalOutbound,
        true,
        new TreeMap<>(pinnedCertificates),
        restartPending);
  }

  private static String mode(String requested) {
    String mode = requested.strip().toUpperCase(Locale.ROOT);
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException(
          "unknown security mode '" + requested + "': NO_TLS, TLS_OPTIONAL or TLS_REQUIRED");
    }
    return mode;
  }

  private static boolean flag(Boolean requested, boolean stored, boolean modeChanged, boolean tls) {
    if (requested != null) {
      return requested;
    }
    return modeChanged ? tls : stored;
  }
}
