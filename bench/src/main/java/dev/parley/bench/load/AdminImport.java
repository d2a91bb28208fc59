package dev.parley.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Creates benchmark accounts on a running Parley node through its admin REST API: {@code POST
 * /api/users/import} with one {@code jid,password} line per account (docs/OPERATIONS.md), with the
 * node's bearer token.
 *
 * @param base the node's admin base URL, e.g. {@code http://127.0.0.1:8080}
 * @param token the bearer token ({@code <data>/admin.token})
 */
public record AdminImport(URI base, String token) {

  /**
   * Imports the accounts and returns the node's JSON answer ({@code {"created": n, "failed":
   * [...]}}); accounts that already exist are reported as failed lines, which is harmless.
   *
   * @throws IOException when the node cannot be reached or refuses the request
   */
  public String importAccounts(Accounts accounts) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/users/import"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(accounts.csv(), StandardCharsets.UTF_8))
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IOException(
            "import refused by " + base + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    }
  }
}
