package dev.parley.admin;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.admin.model.EmailAddressesUpdate;
import dev.parley.admin.model.EmailAddressesView;
import dev.parley.admin.model.ErrorView;
import dev.parley.server.AccountException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/federation/email-addresses}: the seed's switch to use the email address for XMPP
 * federation, and the impact report of subscriptions made under the other address. Mounted by the
 * composition root as an {@link AdminResource}.
 *
 * <p>It also answers an {@link AccountException} that escapes a user endpoint with 400 and its
 * message: with email addresses for federation the user store refuses an email outside the email
 * domains (or already another user's) by throwing one from {@code PUT /api/users/{jid}/email} and
 * {@code POST /api/users}, and the administrator must read why, not "internal error".
 */
public final class EmailAddressesResource implements AdminResource {

  private static final Logger LOG = LoggerFactory.getLogger(EmailAddressesResource.class);
  private static final String PATH = "/api/federation/email-addresses";

  private final EmailAddressesAdmin email;
  private final JsonBodies bodies = new JsonBodies(JsonMapper.builder().build());

  public EmailAddressesResource(EmailAddressesAdmin email) {
    this.email = email;
  }

  @Override
  public void register(Javalin app) {
    app.get(PATH, ctx -> ctx.json(email.view()));
    app.put(PATH, this::update);
    app.get(PATH + "/impact", ctx -> ctx.json(email.impact()));
    app.exception(
        AccountException.class,
        (e, ctx) -> ctx.status(400).json(new ErrorView(400, e.getMessage())));
  }

  private void update(Context ctx) {
    EmailAddressesUpdate update = bodies.read(ctx, EmailAddressesUpdate.class, "enabled");
    EmailAddressesView view = FederationCalls.call(() -> email.enabled(update.enabled()));
    LOG.info(
        "admin {}: email addresses for XMPP federation turned {} (restart pending: {})",
        UserResource.principal(ctx),
        update.enabled() ? "on" : "off",
        view.restartPending());
    ctx.json(view);
  }
}
