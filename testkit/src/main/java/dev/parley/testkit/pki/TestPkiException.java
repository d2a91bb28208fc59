package dev.parley.testkit.pki;

/** The test CA could not make, encode or write a certificate: a broken test environment. */
public final class TestPkiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TestPkiException(String message, Throwable cause) {
    super(message, cause);
  }

  public TestPkiException(String message) {
    super(message);
  }
}
