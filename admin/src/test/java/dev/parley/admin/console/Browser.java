package dev.parley.admin.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP client that behaves like the console page in a browser: it keeps the session cookie the
 * server sets and can add an Origin and a CSRF header. Nothing is implicit, so each test says
 * exactly what its request carries.
 */
final class Browser {

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;
  private String cookie;

  Browser(URI base) {
    this.base = base;
  }

  /** The session id the server set, if any. */
  Optional<String> cookie() {
    return Optional.ofNullable(cookie);
  }

  void cookie(String value) {
    cookie = value;
  }

  HttpResponse<String> login(String jid, String password) {
    return send(
        "POST",
        "/api/console/login",
        "{\"jid\":\"" + jid + "\",\"password\":\"" + password + "\"}",
        Map.of("Content-Type", "application/json"));
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null, Map.of());
  }

  HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    if (cookie != null) {
      request.header("Cookie", "parley_console=" + cookie);
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    response
        .headers()
        .firstValue("Set-Cookie")
        .filter(value -> value.startsWith("parley_console="))
        .ifPresent(value -> remember(value));
    return response;
  }

  private void remember(String setCookie) {
    String value = setCookie.substring("parley_console=".length(), setCookie.indexOf(';'));
    cookie = value.isEmpty() ? null : value;
  }
}
