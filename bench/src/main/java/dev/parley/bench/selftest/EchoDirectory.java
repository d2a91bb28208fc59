package dev.parley.bench.selftest;

import io.netty.channel.Channel;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The echo endpoint's sessions by bare JID: one session per account, as the load tool logs each
 * account in once. A message to a bare or full JID goes to that account's session.
 */
final class EchoDirectory {
  private final ConcurrentMap<String, Channel> sessions = new ConcurrentHashMap<>();

  /** Records {@code channel} as the session of {@code jid} (bare or full). */
  void bind(String jid, Channel channel) {
    sessions.put(bare(jid), channel);
  }

  /** Forgets {@code channel} if it is still the session of {@code jid}. */
  void unbind(String jid, Channel channel) {
    sessions.remove(bare(jid), channel);
  }

  /** The session a stanza addressed to {@code to} goes to. */
  Optional<Channel> route(String to) {
    return Optional.ofNullable(sessions.get(bare(to)));
  }

  /** Sessions bound now. */
  int size() {
    return sessions.size();
  }

  /** {@code jid} without its resource (RFC 7622 §3.1: the resource follows the first slash). */
  static String bare(String jid) {
    int slash = jid.indexOf('/');
    return slash < 0 ? jid : jid.substring(0, slash);
  }
}
