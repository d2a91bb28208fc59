package dev.parley.admin;

import dev.parley.admin.model.ChatAliasRemovalView;
import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.admin.model.ChatAliasView;
import java.util.List;
import java.util.Optional;

/**
 * What the admin API can do with chat node aliases (the seed's Messaging &gt; Conference Server
 * Alias Mapping); implemented by the composition root. Invalid input throws {@link
 * IllegalArgumentException} with a message for the administrator (HTTP 400); a change the current
 * state forbids (a duplicate alias, removing an alias with persistent rooms unconfirmed) throws
 * {@link IllegalStateException} (HTTP 409).
 */
public interface ChatAdmin {

  /** Every alias, sorted by domain. */
  List<ChatAliasView> aliases();

  /** Validates, stores and starts serving a new alias at once. */
  ChatAliasView add(ChatAliasRequest request);

  /**
   * Removes an alias. Unless {@code confirmed}, an alias with persistent rooms is refused with an
   * {@link IllegalStateException} that names the number of rooms and what would happen to them.
   *
   * @return empty when there is no such alias
   */
  Optional<ChatAliasRemovalView> remove(String domain, boolean confirmed);
}
