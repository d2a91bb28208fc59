package dev.parley.protocol;

/** Character data inside an element, unescaped. */
public record Text(String value) implements Node {
  public Text {
    if (value == null) {
      throw new IllegalArgumentException("text value is required");
    }
  }
}
