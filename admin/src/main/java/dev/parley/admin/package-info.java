/**
 * Parley's admin REST API, served by Javalin (Jetty) beside the XMPP listeners.
 *
 * <p>{@link dev.parley.admin.AdminServer} is built by the composition root with {@link
 * dev.parley.admin.AdminSettings} and {@link dev.parley.admin.AdminServices}; each resource class
 * registers the routes of one area ({@code /api/users}, {@code /api/sessions}, {@code
 * /api/federation}, {@code /api/services}, health and metrics). Authentication ({@link
 * dev.parley.admin.Authenticator}) accepts the per-start bearer token from {@code admin.token} or
 * HTTP Basic credentials of an admin account. The API sets no cookies, so a browser never attaches
 * credentials on its own (no CSRF); {@link dev.parley.admin.OriginGuard} still refuses cross-origin
 * requests as a second fence.
 */
package dev.parley.admin;
