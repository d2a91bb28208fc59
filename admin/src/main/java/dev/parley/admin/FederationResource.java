package dev.parley.admin;

import dev.parley.admin.model.FederationNodeView;
import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/federation}: the seed's Presence &gt; Inter Domain Federation &gt; XMPP Federation
 * &gt; Settings page (cluster-wide settings, per-node on/off) and the live server streams.
 */
final class FederationResource {

  private static final Logger LOG = LoggerFactory.getLogger(FederationResource.class);
  private static final String NODE = "node";
  private static final String ID = "id";

  private final FederationAdmin federation;
  private final JsonBodies bodies;

  FederationResource(AdminServices services, JsonBodies bodies) {
    this.federation = services.federation();
    this.bodies = bodies;
  }

  void register(Javalin app) {
    app.get("/api/federation/settings", ctx -> ctx.json(federation.settings()));
    app.put("/api/federation/settings", this::update);
    app.get("/api/federation/nodes", ctx -> ctx.json(federation.nodes()));
    app.put("/api/federation/nodes/{node}", this::setEnabled);
    app.get("/api/federation/sessions", ctx -> ctx.json(federation.sessions()));
    app.delete("/api/federation/sessions/{id}", this::close);
  }

  private void update(Context ctx) {
    FederationSettingsUpdate update = bodies.read(ctx, FederationSettingsUpdate.class);
    FederationSettingsView view = FederationCalls.call(() -> federation.update(update));
    LOG.info(
        "admin {}: changed the federation settings: {}",
        UserResource.principal(ctx),
        describe(update));
    ctx.json(view);
  }

  private void setEnabled(Context ctx) {
    String node = ctx.pathParam(NODE).strip();
    NodeStateRequest request = bodies.read(ctx, NodeStateRequest.class, "enabled");
    boolean known = federation.nodes().stream().anyMatch(n -> n.node().equals(node));
    if (!known) {
      throw ApiException.notFound("no node " + node);
    }
    FederationNodeView view =
        FederationCalls.call(() -> federation.setEnabled(node, request.enabled()));
    LOG.info(
        "admin {}: XMPP federation turned {} for node {}",
        UserResource.principal(ctx),
        request.enabled() ? "on" : "off",
        node);
    ctx.json(view);
  }

  private void close(Context ctx) {
    String id = ctx.pathParam(ID).strip();
    if (!federation.closeSession(id)) {
      throw ApiException.notFound("no server stream " + id);
    }
    LOG.info("admin {}: closed server stream {}", UserResource.principal(ctx), id);
    ctx.status(204);
  }

  /**
   * What a settings change asked for, for the audit line. The dialback secret is a credential (it
   * derives every dialback key, XEP-0185), so only the fact that it changed is logged.
   */
  static String describe(FederationSettingsUpdate update) {
    List<String> parts = new ArrayList<>();
    if (update.securityMode() != null) {
      parts.add("security mode " + update.securityMode());
    }
    if (update.requireValidCertificates() != null) {
      parts.add("require valid certificates " + update.requireValidCertificates());
    }
    if (update.saslExternalIncoming() != null) {
      parts.add("SASL EXTERNAL incoming " + update.saslExternalIncoming());
    }
    if (update.saslExternalOutbound() != null) {
      parts.add("SASL EXTERNAL outbound " + update.saslExternalOutbound());
    }
    if (update.dialbackSecret() != null) {
      parts.add("dialback secret replaced");
    }
    if (update.pinnedCertificates() != null) {
      parts.add("pinned certificates " + new TreeMap<>(update.pinnedCertificates()));
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }
}
