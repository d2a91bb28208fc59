package dev.parley.testkit.dns;

/** The test DNS server could not be started or configured. */
public final class DnsmasqException extends RuntimeException {

  public DnsmasqException(String message) {
    super(message);
  }

  public DnsmasqException(String message, Throwable cause) {
    super(message, cause);
  }
}
