package dev.parley.transport;

/**
 * Fails a write refused by {@link OutboundGuardHandler} because the connection is being closed for
 * not reading its data; whoever wrote can hand the content to another route.
 */
public final class OutboundRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutboundRefusedException() {
    super("the connection is closing: the peer did not read its data", null, false, false);
  }
}
