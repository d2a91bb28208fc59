package dev.parley.protocol;

/**
 * Bounds on what a peer may send: the largest top-level element in bytes and the deepest nesting
 * inside it.
 */
public record XmlLimits(int maxStanzaBytes, int maxDepth) {
  public static final XmlLimits DEFAULT = new XmlLimits(256 * 1024, 48);

  public XmlLimits {
    if (maxStanzaBytes < 1024) {
      throw new IllegalArgumentException("max stanza size must be at least 1024 bytes");
    }
    if (maxDepth < 4) {
      throw new IllegalArgumentException("max depth must be at least 4");
    }
  }
}
