package dev.parley.protocol;

/** A stanza that cannot be accepted; carries the stanza error to answer it with. */
public final class StanzaFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient StanzaError error;

  public StanzaFormatException(StanzaError error) {
    super(error.condition().elementName() + error.text().map(t -> ": " + t).orElse(""));
    this.error = error;
  }

  public StanzaError error() {
    return error;
  }
}
