package dev.parley.admin.console;

import io.javalin.http.Context;

/**
 * Headers set on every response of the admin server. The Content-Security-Policy allows only this
 * origin's own files and no inline script or style (CSP Level 3), so even text an attacker managed
 * to put into a page (a crafted JID, say) cannot run; the console builds its DOM with {@code
 * textContent} as the first fence. Framing is refused (clickjacking) and API responses are not
 * cached, since they hold account data.
 */
public final class SecurityHeaders {

  /** The policy of every response, pages and API alike. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** Sets the headers; static files later replace {@code Cache-Control} with their own. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }
}
