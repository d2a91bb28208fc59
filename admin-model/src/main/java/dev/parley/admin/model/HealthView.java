package dev.parley.admin.model;

import java.util.List;

/**
 * Body of {@code GET /api/health}, readable without authentication, so it holds nothing secret.
 *
 * @param status {@code UP} while the admin API serves requests
 * @param server the server software name
 * @param version the server version
 * @param node this node's name
 * @param domains the hosted domains
 * @param started when the admin API started, ISO-8601
 * @param uptimeSeconds seconds since {@code started}
 */
public record HealthView(
    String status,
    String server,
    String version,
    String node,
    List<String> domains,
    String started,
    long uptimeSeconds) {

  public HealthView {
    domains = domains == null ? List.of() : List.copyOf(domains);
  }
}
