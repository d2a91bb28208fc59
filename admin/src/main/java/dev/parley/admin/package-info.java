/**
 * Parley's admin REST API, served by Javalin (Jetty) beside the XMPP listeners.
 *
 * <p>{@link dev.parley.admin.AdminServer} is built by the composition root with {@link
 * dev.parley.admin.AdminSettings} and {@link dev.parley.admin.AdminServices}; each resource class
 * registers the routes of one area ({@code /api/users}, {@code /api/sessions}, {@code
 * /api/federation}, {@code /api/services}, health and metrics). Authentication ({@link
 * dev.parley.admin.Authenticator}) accepts the per-start bearer token from {@code admin.token} or
 * HTTP Basic credentials of an admin account; the web console ({@code dev.parley.admin.console})
 * logs in to a server-side session whose cookie counts only together with the session's CSRF token
 * on every state-changing request. {@link dev.parley.admin.OriginGuard} refuses cross-origin
 * requests in front of all of it.
 */
package dev.parley.admin;
