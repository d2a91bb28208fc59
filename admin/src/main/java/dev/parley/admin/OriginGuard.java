package dev.parley.admin;

import java.util.Locale;
import java.util.Optional;

/**
 * Refuses requests a browser sent on behalf of another site. The console's session cookie is
 * SameSite=Strict and needs a CSRF token on every change; this check is a further fence (also for
 * cached Basic credentials). A request without {@code Origin} (curl, the CLI) passes; one with an
 * {@code Origin} must name this server exactly as the browser addressed it, i.e. {@code http://}
 * plus the {@code Host} header (RFC 6454 §7).
 */
final class OriginGuard {

  private OriginGuard() {}

  static boolean allows(Optional<String> origin, Optional<String> host) {
    if (origin.isEmpty()) {
      return true;
    }
    if (host.isEmpty() || host.get().isBlank()) {
      return false;
    }
    String own = "http://" + host.get().strip().toLowerCase(Locale.ROOT);
    return origin.get().strip().toLowerCase(Locale.ROOT).equals(own);
  }
}
