package dev.parley.cli;

import java.util.Optional;

/**
 * Where secrets are read from. Passwords never come from the command line, where {@code ps} and
 * shell history would show them.
 */
interface Terminal {

  /**
   * True when a person is typing: prompts are shown, input is not echoed, and a new password is
   * asked twice.
   */
  boolean interactive();

  /** Reads one secret line; empty at the end of the input. */
  Optional<char[]> readSecret(String prompt);
}
