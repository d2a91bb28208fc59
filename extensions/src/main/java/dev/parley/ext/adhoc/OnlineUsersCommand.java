package dev.parley.ext.adhoc;

import dev.parley.protocol.Element;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * XEP-0133 §4.20 Get List of Online Users: the bare JIDs of the command's domain with at least one
 * bound session, sorted, at most {@code max_items} of them.
 */
final class OnlineUsersCommand implements AdHocCommand {
  private static final List<String> MAX_ITEMS = List.of("25", "50", "75", "100", "150", "200");

  private final RouteDirectory sessions;

  OnlineUsersCommand(RouteDirectory sessions) {
    this.sessions = sessions;
  }

  @Override
  public String node() {
    return AdminCommands.NODE_PREFIX + "get-online-users-list";
  }

  @Override
  public String name() {
    return "Get List of Online Users";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public Element form(CommandContext context) {
    Element.Builder maxItems =
        Forms.field("max_items", "list-single", "Maximum number of items to show", false)
            .toBuilder();
    for (String option : MAX_ITEMS) {
      maxItems.child(
          Element.builder("option", DataForm.NAMESPACE)
              .attribute("label", option)
              .textChild("value", DataForm.NAMESPACE, option)
              .build());
    }
    maxItems.child(
        Element.builder("option", DataForm.NAMESPACE)
            .attribute("label", "None")
            .textChild("value", DataForm.NAMESPACE, "none")
            .build());
    return Forms.form(
        "Getting List of Online Users",
        "How many users should be in the list?",
        List.of(maxItems.build()));
  }

  @Override
  public CommandResult complete(DataForm submitted, CommandContext context) {
    Optional<String> max = submitted.first("max_items").filter(v -> !v.equals("none"));
    int limit;
    try {
      limit = max.map(Integer::parseInt).orElse(Integer.MAX_VALUE);
    } catch (NumberFormatException e) {
      return CommandResult.rejected(StanzaErrorCondition.BAD_REQUEST, "max_items is a number");
    }
    if (limit < 1) {
      return CommandResult.rejected(StanzaErrorCondition.BAD_REQUEST, "max_items is positive");
    }
    TreeSet<String> online = new TreeSet<>();
    for (ClientSession session : sessions.all()) {
      if (session.jid().domain().equals(context.domain().domain())) {
        online.add(session.jid().account().toString());
      }
    }
    List<String> shown = online.stream().limit(limit).toList();
    Element form =
        Forms.result(
            List.of(
                Forms.values(
                    "onlineuserjids", "jid-multi", "The list of all online users", shown)));
    return new CommandResult.Completed(
        online.size() + " online user(s)", Optional.of(form), List.of());
  }
}
