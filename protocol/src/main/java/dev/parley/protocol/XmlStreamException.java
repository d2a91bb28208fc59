package dev.parley.protocol;

/** The peer broke the stream; carries the stream error to send before closing. */
public final class XmlStreamException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient StreamError error;

  public XmlStreamException(StreamError error) {
    super(error.toString());
    this.error = error;
  }

  public StreamError error() {
    return error;
  }
}
