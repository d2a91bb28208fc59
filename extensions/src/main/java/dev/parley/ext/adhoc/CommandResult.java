package dev.parley.ext.adhoc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.List;
import java.util.Optional;

/** What a submitted command did. */
public sealed interface CommandResult {

  /**
   * The command ran (XEP-0050 status {@code completed}).
   *
   * @param note a line for the admin, sent as an info note
   * @param form an optional result form
   * @param stanzas more stanzas to route, such as announcements
   */
  record Completed(String note, Optional<Element> form, List<Stanza> stanzas)
      implements CommandResult {
    public Completed {
      stanzas = List.copyOf(stanzas);
    }
  }

  /** The command could not run; the request is answered with this error. */
  record Rejected(StanzaError error) implements CommandResult {}

  static CommandResult done(String note) {
    return new Completed(note, Optional.empty(), List.of());
  }

  static CommandResult rejected(StanzaErrorCondition condition, String text) {
    return new Rejected(StanzaError.of(condition, text));
  }
}
