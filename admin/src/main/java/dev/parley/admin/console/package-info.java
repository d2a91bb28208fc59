/**
 * The admin web console: a static single-page app served from the jar at {@code /console}, which
 * calls the same JSON REST API as the CLI, and the login sessions it runs on.
 *
 * <p>{@link dev.parley.admin.console.Console} is built by {@code AdminServer}: it serves the static
 * files ({@link dev.parley.admin.console.StaticAssets}), the login, logout and session endpoints
 * ({@link dev.parley.admin.console.LoginResource}), and answers the server's guard for requests
 * that carry a console session cookie instead of an {@code Authorization} header ({@link
 * dev.parley.admin.console.ConsoleGuard}). Sessions live in memory ({@link
 * dev.parley.admin.console.ConsoleSessions}); each has its own CSRF token that the page sends in
 * {@code X-CSRF-Token} on every state-changing request (OWASP's synchronizer token pattern), on top
 * of {@code SameSite=Strict} and the server's Origin check. Failed logins are limited per client
 * address and per account ({@link dev.parley.admin.console.LoginThrottle}).
 */
package dev.parley.admin.console;
