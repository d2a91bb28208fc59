package dev.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.admin.model.ErrorView;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls the admin REST API: one method per HTTP verb, JSON in and out, and every failure turned
 * into a {@link CliException} whose message says what to do about it.
 */
final class AdminClient {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CONNECT_TIMEOUT)
          .build();
  private final ObjectMapper mapper =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private final URI base;
  private final String authorization;
  private final String refusedHint;

  /**
   * @param base the node's admin URL, such as {@code http://127.0.0.1:8080}
   * @param authorization the {@code Authorization} header value
   * @param refusedHint appended to 401 messages: why the credentials may be wrong
   */
  AdminClient(URI base, String authorization, String refusedHint) {
    this.base = base;
    this.authorization = authorization;
    this.refusedHint = refusedHint;
  }

  /** A JID or other value as one path segment. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  <T> T get(String path, TypeReference<T> type) {
    return parse(send(request(path).GET()), type);
  }

  String getText(String path) {
    return send(request(path).GET());
  }

  <T> T post(String path, Object body, TypeReference<T> type) {
    return parse(send(json(request(path), "POST", body)), type);
  }

  <T> T postText(String path, String contentType, String body, TypeReference<T> type) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return parse(send(builder), type);
  }

  void put(String path, Object body) {
    send(json(request(path), "PUT", body));
  }

  <T> T put(String path, Object body, TypeReference<T> type) {
    return parse(send(json(request(path), "PUT", body)), type);
  }

  void delete(String path) {
    send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private HttpRequest.Builder json(HttpRequest.Builder builder, String method, Object body) {
    try {
      byte[] bytes = mapper.writeValueAsBytes(body);
      return builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + body.getClass().getSimpleName(), e);
    }
  }

  private String send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new CliException(
          CliException.UNREACHABLE,
          "cannot reach the node at "
              + base
              + " ("
              + describe(e)
              + "): is it running? "
              + "Start it with ./parley start");
    } catch (IOException e) {
      throw new CliException(
          CliException.UNREACHABLE, "request to " + base + " failed: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted");
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    throw failure(status, response.body());
  }

  private CliException failure(int status, String body) {
    String message = errorMessage(body).orElse("HTTP " + status);
    return switch (status) {
      case 401 -> new CliException(CliException.REFUSED, message + ": " + refusedHint);
      case 403 -> new CliException(CliException.REFUSED, "refused: " + message);
      default -> new CliException(message);
    };
  }

  private Optional<String> errorMessage(String body) {
    try {
      ErrorView error = mapper.readValue(body, ErrorView.class);
      return Optional.ofNullable(error.message());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private <T> T parse(String body, TypeReference<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new CliException("unexpected response from " + base + ": " + e.getOriginalMessage());
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
