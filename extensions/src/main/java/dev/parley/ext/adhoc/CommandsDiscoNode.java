package dev.parley.ext.adhoc;

import dev.parley.ext.disco.DiscoInfo;
import dev.parley.ext.disco.DiscoItem;
import dev.parley.ext.disco.DiscoNodeProvider;
import dev.parley.protocol.Jid;
import dev.parley.server.DiscoIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The disco side of XEP-0050 (§2.2, §2.3): the commands node lists the commands the requester may
 * run, and each of those command nodes describes itself. Commands the requester may not run stay
 * invisible (their nodes are unknown to them).
 */
final class CommandsDiscoNode implements DiscoNodeProvider {
  private final List<AdHocCommand> commands;
  private final Predicate<Jid> isAdmin;

  CommandsDiscoNode(List<AdHocCommand> commands, Predicate<Jid> isAdmin) {
    this.commands = List.copyOf(commands);
    this.isAdmin = isAdmin;
  }

  @Override
  public Optional<DiscoInfo> info(Jid entity, String node, Jid requester) {
    if (AdHocFeature.NAMESPACE.equals(node)) {
      return Optional.of(
          new DiscoInfo(
              List.of(new DiscoIdentity("automation", "command-list", "Commands")),
              Set.of(AdHocFeature.NAMESPACE)));
    }
    return visible(requester).stream()
        .filter(c -> c.node().equals(node))
        .findFirst()
        .map(
            c ->
                new DiscoInfo(
                    List.of(new DiscoIdentity("automation", "command-node", c.name())),
                    Set.of(AdHocFeature.NAMESPACE, DataForm.NAMESPACE)));
  }

  @Override
  public Optional<List<DiscoItem>> items(Jid entity, String node, Jid requester) {
    if (AdHocFeature.NAMESPACE.equals(node)) {
      List<DiscoItem> items = new ArrayList<>();
      for (AdHocCommand command : visible(requester)) {
        items.add(DiscoItem.node(entity, command.node(), command.name()));
      }
      return Optional.of(items);
    }
    // A command node has no items of its own.
    return visible(requester).stream().anyMatch(c -> c.node().equals(node))
        ? Optional.of(List.of())
        : Optional.empty();
  }

  private List<AdHocCommand> visible(Jid requester) {
    boolean admin = isAdmin.test(requester);
    return commands.stream().filter(c -> admin || !c.adminOnly()).toList();
  }
}
