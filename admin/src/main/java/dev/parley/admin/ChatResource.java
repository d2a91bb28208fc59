package dev.parley.admin;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.admin.model.ChatAliasRemovalView;
import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.admin.model.ChatAliasView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/chat/aliases}: the seed's Messaging &gt; Conference Server Alias Mapping. {@code GET}
 * lists, {@code POST} adds, {@code DELETE /api/chat/aliases/{domain}?confirm=true} removes (the
 * confirmation is needed when the alias holds persistent rooms; without it the answer is 409 with
 * what would happen to them).
 */
public final class ChatResource implements AdminResource {

  static final String PATH = "/api/chat/aliases";
  private static final Logger LOG = LoggerFactory.getLogger(ChatResource.class);

  private final ChatAdmin chat;
  private final JsonBodies bodies = new JsonBodies(JsonMapper.builder().build());

  public ChatResource(ChatAdmin chat) {
    this.chat = Objects.requireNonNull(chat, "chat");
  }

  @Override
  public void register(Javalin javalin) {
    javalin.get(PATH, ctx -> ctx.json(chat.aliases()));
    javalin.post(PATH, this::add);
    javalin.delete(PATH + "/{domain}", this::remove);
  }

  private void add(Context ctx) {
    ChatAliasRequest request = bodies.read(ctx, ChatAliasRequest.class, "domain");
    ChatAliasView view = FederationCalls.call(() -> chat.add(request));
    LOG.info(
        "admin {}: added chat node alias {} (rooms {} by default{})",
        UserResource.principal(ctx),
        view.domain(),
        view.defaultRoomVisibility(),
        view.port() == null ? "" : ", public address " + view.address() + ":" + view.port());
    ctx.status(201).json(view);
  }

  private void remove(Context ctx) {
    String domain = ctx.pathParam("domain").strip();
    String confirm = ctx.queryParam("confirm");
    if (confirm != null && !confirm.equals("true") && !confirm.equals("false")) {
      throw ApiException.badRequest("confirm must be true or false");
    }
    boolean confirmed = "true".equals(confirm);
    ChatAliasRemovalView removal =
        FederationCalls.call(() -> chat.remove(domain, confirmed))
            .orElseThrow(() -> ApiException.notFound("no chat node alias " + domain));
    LOG.info(
        "admin {}: removed chat node alias {} ({} persistent rooms destroyed)",
        UserResource.principal(ctx),
        removal.domain(),
        removal.roomsDestroyed());
    ctx.json(removal);
  }
}
