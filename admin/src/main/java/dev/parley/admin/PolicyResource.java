package dev.parley.admin;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.admin.model.PolicyExceptionView;
import dev.parley.admin.model.PolicyUpdate;
import dev.parley.admin.model.PolicyView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/federation/policy}: the seed's Presence &gt; Inter Domain Federation &gt; XMPP
 * Federation &gt; Policy page, plus the check of one domain, the diff a restart would apply and the
 * audit history. Mounted by the composition root as an {@link AdminResource}.
 */
public final class PolicyResource implements AdminResource {

  private static final Logger LOG = LoggerFactory.getLogger(PolicyResource.class);
  private static final String PATH = "/api/federation/policy";

  private final FederationPolicyAdmin policy;
  private final JsonBodies bodies = new JsonBodies(JsonMapper.builder().build());

  public PolicyResource(FederationPolicyAdmin policy) {
    this.policy = policy;
  }

  @Override
  public void register(Javalin app) {
    app.get(PATH, ctx -> ctx.json(policy.policy()));
    app.put(PATH, this::update);
    app.post(PATH + "/exceptions", this::add);
    app.delete(PATH + "/exceptions/{domain}", this::remove);
    app.get(PATH + "/check", this::check);
    app.get(PATH + "/diff", ctx -> ctx.json(policy.diff()));
    app.get(PATH + "/history", ctx -> ctx.json(policy.history()));
  }

  private void update(Context ctx) {
    PolicyUpdate update = bodies.read(ctx, PolicyUpdate.class);
    String by = UserResource.principal(ctx);
    PolicyView view = FederationCalls.call(() -> policy.update(update, by));
    LOG.info("admin {}: replaced the federation policy (revision {})", by, view.revision());
    ctx.json(view);
  }

  private void add(Context ctx) {
    PolicyExceptionView request = bodies.read(ctx, PolicyExceptionView.class, "domain");
    PolicyExceptionView exception =
        new PolicyExceptionView(
            request.domain(), Optional.ofNullable(request.direction()).orElse("all"));
    String by = UserResource.principal(ctx);
    PolicyView view = FederationCalls.call(() -> policy.addException(exception, by));
    LOG.info(
        "admin {}: federation policy exception {} ({}) added (revision {})",
        by,
        exception.domain(),
        exception.direction(),
        view.revision());
    ctx.status(201).json(view);
  }

  private void remove(Context ctx) {
    String domain = ctx.pathParam("domain").strip();
    String by = UserResource.principal(ctx);
    PolicyView view;
    try {
      view = policy.removeException(domain, by);
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound(e.getMessage());
    }
    LOG.info(
        "admin {}: federation policy exception {} removed (revision {})",
        by,
        domain,
        view.revision());
    ctx.json(view);
  }

  private void check(Context ctx) {
    String direction = required(ctx, "direction");
    String domain = required(ctx, "domain");
    ctx.json(FederationCalls.call(() -> policy.check(direction, domain)));
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("missing query parameter '" + name + "'");
    }
    return value.strip();
  }
}
