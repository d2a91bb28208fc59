package dev.parley.node;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;

/** Closes the sessions of an account that was just deleted. */
final class SessionCloser {
  private final RouteDirectory directory;

  SessionCloser(RouteDirectory directory) {
    this.directory = directory;
  }

  void accountDeleted(BareJid account) {
    for (ClientSession session : directory.sessions(account)) {
      session.close(StreamError.of(StreamErrorCondition.NOT_AUTHORIZED, "the account was deleted"));
    }
  }
}
