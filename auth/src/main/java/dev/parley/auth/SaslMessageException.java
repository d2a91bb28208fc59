package dev.parley.auth;

/**
 * A client message that ends the exchange with {@code condition}. Thrown by the parsers and caught
 * by the mechanism that called them, which turns it into a {@link SaslStep.Failure}; it never
 * leaves this package.
 */
final class SaslMessageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final SaslFailure condition;

  SaslMessageException(SaslFailure condition, String text) {
    super(text, null, false, false);
    this.condition = condition;
  }

  SaslStep.Failure toStep() {
    return new SaslStep.Failure(condition, getMessage());
  }
}
