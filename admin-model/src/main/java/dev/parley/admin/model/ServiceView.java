package dev.parley.admin.model;

/**
 * A service of a node, as the seed's Control Center shows it: Router or XMPP Federation Connection
 * Manager, running or stopped, and whether a restart is pending to apply a change.
 */
public record ServiceView(
    String name, String node, String status, boolean restartPending, String note) {}
