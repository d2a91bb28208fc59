package dev.parley.admin;

import dev.parley.admin.model.HealthView;
import dev.parley.admin.model.SessionView;
import dev.parley.protocol.DomainJid;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Read-only views of the running node: health, live sessions and Prometheus metrics. */
final class StatusResource {

  static final String HEALTH_PATH = "/api/health";

  /** The Prometheus text exposition format, version 0.0.4. */
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final ServerInfo serverInfo;
  private final RouteDirectory routes;
  private final PrometheusMeterRegistry metrics;
  private final Clock clock;
  private final Instant started;

  StatusResource(AdminServices services, Clock clock) {
    this.serverInfo = services.serverInfo();
    this.routes = services.routes();
    this.metrics = services.metrics();
    this.clock = clock;
    this.started = clock.instant();
  }

  void register(Javalin app) {
    app.get(HEALTH_PATH, this::health);
    app.get("/api/sessions", this::sessions);
    app.get("/metrics", this::metrics);
  }

  private void health(Context ctx) {
    List<String> domains = serverInfo.domains().stream().map(DomainJid::domain).sorted().toList();
    ctx.json(
        new HealthView(
            "UP",
            serverInfo.name(),
            serverInfo.version(),
            serverInfo.nodeName(),
            domains,
            started.toString(),
            Duration.between(started, clock.instant()).toSeconds()));
  }

  private void sessions(Context ctx) {
    List<SessionView> views =
        routes.all().stream()
            .map(session -> Views.session(session, serverInfo.nodeName()))
            .sorted(Comparator.comparing(SessionView::jid))
            .toList();
    ctx.json(views);
  }

  private void metrics(Context ctx) {
    ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape());
  }
}
