package dev.parley.admin.model;

/**
 * One bound client session.
 *
 * @param jid the full JID, {@code local@domain/resource}
 * @param available whether the client sent initial presence (RFC 6121 §4.2)
 * @param show the presence {@code <show/>} value (away, chat, dnd, xa), or {@code null}
 * @param status the presence {@code <status/>} text, or {@code null}
 * @param priority the presence priority (RFC 6121 §4.7.2.3)
 * @param since when the session was bound, ISO-8601, or {@code null} when the server does not know
 * @param node the cluster node holding the session
 */
public record SessionView(
    String jid,
    boolean available,
    String show,
    String status,
    int priority,
    String since,
    String node) {}
