package dev.parley.admin;

import java.util.function.Supplier;

/**
 * Runs a {@link FederationAdmin} call and turns its documented exceptions into HTTP errors: {@link
 * IllegalArgumentException} (invalid input) is 400, {@link IllegalStateException} (the current
 * state forbids it, such as starting the federation service while federation is off) is 409. Both
 * messages are written for the administrator and are passed on unchanged.
 */
final class FederationCalls {

  private FederationCalls() {}

  static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    } catch (IllegalStateException e) {
      throw new ApiException(409, e.getMessage());
    }
  }
}
