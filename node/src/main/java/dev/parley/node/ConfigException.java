package dev.parley.node;

/** A bootstrap setting with a bad value; the message names the setting and the value. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  static ConfigException badValue(String setting, Object value, String expected) {
    return new ConfigException(
        "setting '" + setting + "': value '" + value + "' is not valid: " + expected);
  }
}
