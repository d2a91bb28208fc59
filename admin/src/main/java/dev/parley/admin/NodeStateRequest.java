package dev.parley.admin;

/**
 * Body of {@code PUT /api/federation/nodes/{node}}.
 *
 * @param enabled true to turn XMPP federation on for the node, false to turn it off
 */
record NodeStateRequest(boolean enabled) {}
