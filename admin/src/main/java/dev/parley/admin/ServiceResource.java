package dev.parley.admin;

import dev.parley.admin.model.ServiceView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/services}: the seed's Serviceability &gt; Control Center. Lists the Router and the
 * XMPP Federation Connection Manager with their "restart pending" flags, and restarts a service of
 * this node to apply pending changes.
 */
final class ServiceResource {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceResource.class);

  private final FederationAdmin federation;

  ServiceResource(AdminServices services) {
    this.federation = services.federation();
  }

  void register(Javalin app) {
    app.get("/api/services", ctx -> ctx.json(federation.services()));
    app.post("/api/services/{name}/restart", this::restart);
  }

  private void restart(Context ctx) {
    String name = ctx.pathParam("name").strip();
    boolean known = federation.services().stream().anyMatch(s -> s.name().equals(name));
    if (!known) {
      throw ApiException.notFound("no service " + name + " (services: router, federation)");
    }
    String who = UserResource.principal(ctx);
    ServiceView view;
    try {
      view = FederationCalls.call(() -> federation.restart(name));
    } catch (ApiException e) {
      LOG.info("admin {}: restart of service {} refused: {}", who, name, e.getMessage());
      throw e;
    }
    LOG.info(
        "admin {}: restarted service {} on node {}: {}", who, name, view.node(), view.status());
    ctx.json(view);
  }
}
