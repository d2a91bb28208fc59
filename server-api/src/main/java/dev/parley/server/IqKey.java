package dev.parley.server;

import dev.parley.protocol.IqType;

/** The dispatch key of an IQ handler: request type, payload element and addressing. */
public record IqKey(IqType type, String element, String namespace, Addressing addressing) {

  public IqKey {
    if (!type.isRequest()) {
      throw new IllegalArgumentException("IQ handlers serve get and set only");
    }
  }
}
