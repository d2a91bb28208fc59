package dev.parley.admin.console;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the console's static files from the jar ({@code src/main/resources/console}). Only the
 * files named in {@link #FILES} exist: a request path is looked up in that table, never joined to a
 * directory, so no path can reach another resource. Files are read once at start, so a missing one
 * fails the server's start rather than a page load.
 */
final class StaticAssets {

  static final String ROOT = "/console";

  /** Every file of the console, relative to {@code /console/}. */
  static final List<String> FILES =
      List.of(
          "index.html",
          "console.css",
          "js/app.js",
          "js/api.js",
          "js/dom.js",
          "js/banner.js",
          "js/pages/overview.js",
          "js/pages/federation-settings.js",
          "js/pages/federation-policy.js",
          "js/pages/email-addresses.js",
          "js/pages/chat-aliases.js",
          "js/pages/dns-records.js",
          "js/pages/server-streams.js",
          "js/pages/users.js",
          "js/pages/sessions.js");

  private final Map<String, byte[]> files = new HashMap<>();

  StaticAssets() {
    for (String name : FILES) {
      files.put(name, load(name));
    }
  }

  void register(Javalin app) {
    // Javalin ignores trailing slashes, so this also answers /console/.
    app.get(ROOT, ctx -> send(ctx, "index.html"));
    app.get(ROOT + "/<path>", ctx -> send(ctx, ctx.pathParam("path")));
  }

  /** Whether a GET of {@code path} is for a console file (served without authentication). */
  static boolean isAsset(String path) {
    return path.equals(ROOT) || path.startsWith(ROOT + "/");
  }

  private void send(Context ctx, String name) {
    String key = name.isEmpty() ? "index.html" : name;
    byte[] body =
        Optional.ofNullable(files.get(key))
            .orElseThrow(() -> new NotFoundResponse("no console file " + ctx.path()));
    // Revalidate on every load, so a new jar's pages are never mixed with old cached modules.
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(contentType(key)).result(body);
  }

  static String contentType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (lower.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (lower.endsWith(".js")) {
      // Module scripts must be served with a JavaScript MIME type (HTML §8.1.2.2).
      return "text/javascript; charset=utf-8";
    }
    return "application/octet-stream";
  }

  private static byte[] load(String name) {
    String resource = ROOT + "/" + name;
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("console file missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read console file " + resource, e);
    }
  }
}
