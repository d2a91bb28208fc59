package dev.parley.node;

/**
 * Told when an alias starts or stops being served, so that it applies at once: the composition root
 * registers the alias's chat service with the router and adds the alias to the federation's local
 * domains (and removes both again). Called on the thread of the admin request, never on a network
 * event loop.
 */
public interface ChatAliasListener {

  /** Does nothing: aliases are only stored (until the chat engine is wired). */
  ChatAliasListener NONE =
      new ChatAliasListener() {
        @Override
        public void aliasAdded(ChatAlias alias) {}

        @Override
        public void aliasRemoved(ChatAlias alias) {}
      };

  /** {@code alias} is stored and must be served from now on (also once per alias at start). */
  void aliasAdded(ChatAlias alias);

  /** {@code alias} is no longer stored; its rooms were destroyed before this call. */
  void aliasRemoved(ChatAlias alias);
}
