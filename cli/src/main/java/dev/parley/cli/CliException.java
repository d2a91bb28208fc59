package dev.parley.cli;

/** A command failure with a message for the operator and the process exit code to end with. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The request reached the node and failed, or some input lines were refused. */
  static final int FAILED = 1;

  /** No node to talk to: no {@code admin.url}, or nothing listening there. */
  static final int UNREACHABLE = 3;

  /** The node refused the token or the credentials (HTTP 401/403). */
  static final int REFUSED = 4;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(String message) {
    this(FAILED, message);
  }

  int exitCode() {
    return exitCode;
  }
}
