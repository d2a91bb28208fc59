package dev.parley.ext.adhoc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Message;
import dev.parley.protocol.MessageType;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XEP-0133 §4.23 Send Announcement to Online Users: a {@code headline} message (RFC 6121 §5.2.2,
 * not stored offline) from the domain to every available session of that domain, returned as
 * stanzas to route.
 */
final class AnnounceCommand implements AdHocCommand {
  private final RouteDirectory sessions;

  AnnounceCommand(RouteDirectory sessions) {
    this.sessions = sessions;
  }

  @Override
  public String node() {
    return AdminCommands.NODE_PREFIX + "announce";
  }

  @Override
  public String name() {
    return "Send Announcement to Online Users";
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public Element form(CommandContext context) {
    return Forms.form(
        "Making an Announcement",
        "Fill out this form to make an announcement to all active users of this service.",
        List.of(
            Forms.field("subject", "text-single", "Subject", false),
            Forms.field("announcement", "text-multi", "Announcement", true)));
  }

  @Override
  public CommandResult complete(DataForm submitted, CommandContext context) {
    List<String> lines = submitted.values().getOrDefault("announcement", List.of());
    String body = String.join("\n", lines);
    if (body.isBlank()) {
      return CommandResult.rejected(StanzaErrorCondition.NOT_ACCEPTABLE, "announcement required");
    }
    Optional<String> subject = submitted.first("subject");
    List<Stanza> messages = new ArrayList<>();
    for (ClientSession session : sessions.all()) {
      if (session.isAvailable() && session.jid().domain().equals(context.domain().domain())) {
        Element.Builder message =
            Element.builder(Message.NAME, Namespaces.CLIENT)
                .attribute("from", context.domain().toString())
                .attribute("to", session.jid().toString())
                .attribute("type", MessageType.HEADLINE.xmlValue());
        subject.ifPresent(s -> message.textChild("subject", Namespaces.CLIENT, s));
        message.textChild("body", Namespaces.CLIENT, body);
        messages.add(Stanza.parse(message.build()));
      }
    }
    return new CommandResult.Completed(
        "Announcement sent to " + messages.size() + " session(s)", Optional.empty(), messages);
  }
}
