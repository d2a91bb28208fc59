package dev.parley.ext.adhoc;

import dev.parley.ext.disco.DiscoNodeProvider;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.AccountService;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.store.Account;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0050 Ad-Hoc Commands on the server. Every command is single-stage: {@code execute} opens a
 * session and answers the command's form (status {@code executing}); submitting the form with that
 * {@code sessionid} ({@code execute} or {@code complete}) runs it (status {@code completed});
 * {@code cancel} ends the session (status {@code canceled}). Admin-only commands are hidden from
 * and {@code forbidden} to accounts without {@code Account.admin()} (XEP-0133 §5). Error details
 * use the XEP-0050 §4.6 application conditions.
 */
public final class AdHocFeature implements Feature {
  /** The ad-hoc commands namespace, also the disco node listing the commands. */
  public static final String NAMESPACE = "http://jabber.org/protocol/commands";

  private static final Logger LOG = LoggerFactory.getLogger(AdHocFeature.class);

  private final Map<String, AdHocCommand> commands = new LinkedHashMap<>();
  private final AccountService accounts;
  private final CommandSessions sessions;
  private final CommandsDiscoNode discoNode;

  /**
   * @param commands the commands offered, by distinct node
   * @param accounts to tell administrators from other users
   * @param clock the session clock
   * @param sessionTimeout how long an executed command waits for its form
   */
  public AdHocFeature(
      List<AdHocCommand> commands, AccountService accounts, Clock clock, Duration sessionTimeout) {
    for (AdHocCommand command : commands) {
      if (this.commands.put(command.node(), command) != null) {
        throw new IllegalArgumentException("two commands for node " + command.node());
      }
    }
    this.accounts = accounts;
    this.sessions = new CommandSessions(clock, sessionTimeout);
    this.discoNode = new CommandsDiscoNode(commands, this::isAdmin);
  }

  @Override
  public String name() {
    return "adhoc";
  }

  /** The provider to hand to the disco feature for the commands node and command nodes. */
  public DiscoNodeProvider discoNode() {
    return discoNode;
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.iqHandler(new IqKey(IqType.SET, "command", NAMESPACE, Addressing.HOST), this::handle);
  }

  private Outcome handle(IqRequest request) {
    Element payload = request.payload();
    Optional<AdHocCommand> command = payload.attribute("node").map(commands::get);
    if (command.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.ITEM_NOT_FOUND, "no such command");
    }
    Jid requester = request.sender();
    if (command.get().adminOnly() && !isAdmin(requester)) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "administrators only");
    }
    String action = payload.attribute("action").orElse("execute");
    if (!List.of("execute", "complete", "cancel", "next", "prev").contains(action)) {
      return fail(StanzaErrorCondition.BAD_REQUEST, "malformed-action");
    }
    if (action.equals("next") || action.equals("prev")) {
      return fail(StanzaErrorCondition.BAD_REQUEST, "bad-action");
    }
    DomainJid domain = request.iq().to().orElseThrow().domainJid();
    CommandContext context = new CommandContext(requester, domain);
    Optional<String> sessionId = payload.attribute("sessionid");
    if (sessionId.isEmpty()) {
      return action.equals("cancel")
          ? fail(StanzaErrorCondition.BAD_REQUEST, "bad-sessionid")
          : start(request, command.get(), context);
    }
    return switch (sessions.find(sessionId.get(), command.get().node(), requester)) {
      case UNKNOWN -> fail(StanzaErrorCondition.BAD_REQUEST, "bad-sessionid");
      case EXPIRED -> fail(StanzaErrorCondition.NOT_ALLOWED, "session-expired");
      case FOUND -> continueSession(request, command.get(), context, sessionId.get(), action);
    };
  }

  private Outcome start(IqRequest request, AdHocCommand command, CommandContext context) {
    Optional<String> sessionId = sessions.start(command.node(), context.requester());
    if (sessionId.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.RESOURCE_CONSTRAINT, "too many open commands");
    }
    Element reply =
        response(command, sessionId.get(), "executing")
            .child(
                Element.builder("actions", NAMESPACE)
                    .attribute("execute", "complete")
                    .child("complete", NAMESPACE)
                    .build())
            .child(command.form(context))
            .build();
    return Outcome.reply(request.iq().result(reply));
  }

  private Outcome continueSession(
      IqRequest request,
      AdHocCommand command,
      CommandContext context,
      String sessionId,
      String action) {
    if (action.equals("cancel")) {
      sessions.end(sessionId);
      return Outcome.reply(request.iq().result(response(command, sessionId, "canceled").build()));
    }
    Optional<DataForm> form = DataForm.from(request.payload());
    if (form.isEmpty() || !form.get().type().equals("submit")) {
      return fail(StanzaErrorCondition.BAD_REQUEST, "bad-payload");
    }
    sessions.end(sessionId);
    CommandResult result = command.complete(form.get(), context);
    return switch (result) {
      case CommandResult.Rejected rejected -> new Outcome.Fail(rejected.error());
      case CommandResult.Completed completed -> {
        LOG.info("{} ran {}: {}", context.requester(), command.node(), completed.note());
        Element.Builder reply =
            response(command, sessionId, "completed")
                .child(
                    Element.builder("note", NAMESPACE)
                        .attribute("type", "info")
                        .text(completed.note())
                        .build());
        completed.form().ifPresent(reply::child);
        List<Stanza> out = new ArrayList<>();
        out.add(request.iq().result(reply.build()));
        out.addAll(completed.stanzas());
        yield Outcome.send(out);
      }
    };
  }

  private static Element.Builder response(AdHocCommand command, String sessionId, String status) {
    return Element.builder("command", NAMESPACE)
        .attribute("node", command.node())
        .attribute("sessionid", sessionId)
        .attribute("status", status);
  }

  private static Outcome fail(StanzaErrorCondition condition, String commandCondition) {
    return new Outcome.Fail(
        new StanzaError(
            condition.defaultType(),
            condition,
            Optional.empty(),
            Optional.of(Element.of(commandCondition, NAMESPACE))));
  }

  private boolean isAdmin(Jid requester) {
    if (!(requester.bare() instanceof BareJid account)) {
      return false;
    }
    return accounts.find(account).filter(a -> !a.disabled()).map(Account::admin).orElse(false);
  }
}
