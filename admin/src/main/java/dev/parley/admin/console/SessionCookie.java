package dev.parley.admin.console;

/**
 * The console's session cookie (RFC 6265). {@code HttpOnly} keeps it from scripts, so an injected
 * script cannot steal it; {@code SameSite=Strict} keeps browsers from sending it with requests
 * another site starts (RFC 6265bis §8.8); {@code Path=/api} keeps it off everything but the API;
 * {@code Secure} is added when the page came over TLS. No {@code Max-Age}: it dies with the
 * browser, and the server ends it sooner anyway.
 */
final class SessionCookie {

  static final String NAME = "parley_console";

  private SessionCookie() {}

  /** The {@code Set-Cookie} value that starts a session. */
  static String set(String sessionId, boolean secure) {
    return NAME + "=" + sessionId + attributes(secure);
  }

  /** The {@code Set-Cookie} value that removes the cookie (logout, expired session). */
  static String clear(boolean secure) {
    return NAME + "=; Max-Age=0" + attributes(secure);
  }

  private static String attributes(boolean secure) {
    return "; Path=/api; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }
}
