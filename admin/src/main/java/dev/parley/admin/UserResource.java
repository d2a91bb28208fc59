package dev.parley.admin;

import dev.parley.admin.model.CreateUserRequest;
import dev.parley.admin.model.DisabledRequest;
import dev.parley.admin.model.EmailRequest;
import dev.parley.admin.model.PasswordRequest;
import dev.parley.admin.model.UserView;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import dev.parley.store.Account;
import dev.parley.store.UserStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/users}: list, create, show, delete accounts and change their attributes. */
final class UserResource {

  private static final Logger LOG = LoggerFactory.getLogger(UserResource.class);
  private static final String JID = "jid";

  private final AccountService accounts;
  private final UserStore users;
  private final RouteDirectory routes;
  private final ServerInfo serverInfo;
  private final JsonBodies bodies;

  UserResource(AdminServices services, JsonBodies bodies) {
    this.accounts = services.accounts();
    this.users = services.users();
    this.routes = services.routes();
    this.serverInfo = services.serverInfo();
    this.bodies = bodies;
  }

  void register(Javalin app) {
    app.get("/api/users", this::list);
    app.post("/api/users", this::create);
    app.get("/api/users/{jid}", this::show);
    app.delete("/api/users/{jid}", this::delete);
    app.put("/api/users/{jid}/password", this::password);
    app.put("/api/users/{jid}/email", this::email);
    app.put("/api/users/{jid}/disabled", this::disabled);
  }

  private void list(Context ctx) {
    Optional<String> domain =
        Optional.ofNullable(ctx.queryParam("domain"))
            .filter(d -> !d.isBlank())
            .map(d -> DomainJid.of(d.strip()).domain());
    List<UserView> views = users.list(domain).stream().map(Views::user).toList();
    ctx.json(views);
  }

  private void create(Context ctx) {
    CreateUserRequest request = bodies.read(ctx, CreateUserRequest.class, JID, "password");
    BareJid jid = Jid.parseBare(request.jid().strip());
    if (!serverInfo.hosts(jid.domain())) {
      throw ApiException.badRequest("domain " + jid.domain() + " is not hosted by this server");
    }
    Optional<String> email = parseEmail(request.email());
    requireUsablePassword(request.password());
    if (accounts.find(jid).isPresent()) {
      throw new ApiException(409, "account " + jid + " already exists");
    }
    char[] password = request.password().toCharArray();
    try {
      accounts.create(jid, password, request.admin());
    } catch (AccountException e) {
      // Another request may have created it since the check above.
      int status = accounts.find(jid).isPresent() ? 409 : 400;
      throw new ApiException(status, e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    email.ifPresent(address -> users.setEmail(jid, Optional.of(address)));
    LOG.info(
        "admin {}: created account {} (admin={}, email={})",
        principal(ctx),
        jid,
        request.admin(),
        email.orElse("-"));
    ctx.status(201).header("Location", "/api/users/" + jid).json(Views.user(existing(jid)));
  }

  private void show(Context ctx) {
    ctx.json(Views.user(existing(pathJid(ctx))));
  }

  private void delete(Context ctx) {
    BareJid jid = pathJid(ctx);
    if (!accounts.delete(jid)) {
      throw ApiException.notFound("no account " + jid);
    }
    LOG.info("admin {}: deleted account {}", principal(ctx), jid);
    ctx.status(204);
  }

  private void password(Context ctx) {
    BareJid jid = pathJid(ctx);
    PasswordRequest request = bodies.read(ctx, PasswordRequest.class, "password");
    requireUsablePassword(request.password());
    existing(jid);
    char[] password = request.password().toCharArray();
    try {
      accounts.changePassword(jid, password);
    } catch (AccountException e) {
      throw ApiException.badRequest(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    LOG.info("admin {}: changed the password of {}", principal(ctx), jid);
    ctx.status(204);
  }

  private void email(Context ctx) {
    BareJid jid = pathJid(ctx);
    // An empty body counts as "no address": removing is the natural meaning of PUT with nothing.
    EmailRequest request =
        ctx.body().isBlank() ? new EmailRequest(null) : bodies.read(ctx, EmailRequest.class);
    Optional<String> email = parseEmail(request.email());
    existing(jid);
    users.setEmail(jid, email);
    LOG.info(
        "admin {}: {} the email of {}{}",
        principal(ctx),
        email.isPresent() ? "set" : "removed",
        jid,
        email.map(e -> " to " + e).orElse(""));
    ctx.json(Views.user(existing(jid)));
  }

  private void disabled(Context ctx) {
    BareJid jid = pathJid(ctx);
    DisabledRequest request = bodies.read(ctx, DisabledRequest.class, "disabled");
    existing(jid);
    users.setDisabled(jid, request.disabled());
    if (request.disabled()) {
      // A disabled account must not keep chatting on sessions opened before the change.
      StreamError error =
          StreamError.of(StreamErrorCondition.POLICY_VIOLATION, "account disabled by an admin");
      for (ClientSession session : routes.sessions(jid)) {
        session.close(error);
      }
    }
    LOG.info(
        "admin {}: {} account {}",
        principal(ctx),
        request.disabled() ? "disabled" : "enabled",
        jid);
    ctx.json(Views.user(existing(jid)));
  }

  private Account existing(BareJid jid) {
    return users.find(jid).orElseThrow(() -> ApiException.notFound("no account " + jid));
  }

  private static BareJid pathJid(Context ctx) {
    return Jid.parseBare(ctx.pathParam(JID).strip());
  }

  private static Optional<String> parseEmail(String email) {
    try {
      return EmailAddresses.parse(email);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static void requireUsablePassword(String password) {
    if (password.isEmpty()) {
      throw ApiException.badRequest("the password must not be empty");
    }
  }

  static String principal(Context ctx) {
    String principal = ctx.attribute(AdminServer.PRINCIPAL);
    return principal == null ? "?" : principal;
  }
}
