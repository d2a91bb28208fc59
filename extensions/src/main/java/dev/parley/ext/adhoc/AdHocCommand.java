package dev.parley.ext.adhoc;

import dev.parley.protocol.Element;

/** One single-stage ad-hoc command (XEP-0050): a form to fill in, then the action. */
public interface AdHocCommand {

  /** The command node, for example {@code http://jabber.org/protocol/admin#add-user}. */
  String node();

  /** A human-readable name for disco#items. */
  String name();

  /** Whether only server administrators ({@code Account.admin()}) may see and run it. */
  boolean adminOnly();

  /** The form returned when the command is executed. */
  Element form(CommandContext context);

  /** Runs the command with the submitted form. May block. */
  CommandResult complete(DataForm submitted, CommandContext context);
}
