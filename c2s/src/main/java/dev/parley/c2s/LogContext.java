package dev.parley.c2s;

import org.slf4j.MDC;

/**
 * Puts the connection's stream id and JID into the logging context for the duration of one step, so
 * that every log line can be traced to its session (docs/CODE-STYLE.md, logging).
 */
final class LogContext implements AutoCloseable {
  private static final LogContext SCOPE = new LogContext();

  private LogContext() {}

  static LogContext of(ClientConnection connection) {
    MDC.put("stream", connection.streamId);
    if (connection.session != null) {
      MDC.put("jid", connection.session.jid().toString());
    } else if (connection.authenticated != null) {
      MDC.put("jid", connection.authenticated.toString());
    }
    return SCOPE;
  }

  @Override
  public void close() {
    MDC.remove("stream");
    MDC.remove("jid");
  }
}
