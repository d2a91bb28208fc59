package dev.parley.cli;

import java.util.Arrays;

/**
 * Reads a new dialback secret (XEP-0185) from standard input: twice without echo on a terminal, one
 * line when piped. Never from the command line, where {@code ps} and the shell history would keep
 * it, and never printed.
 */
final class DialbackSecret {

  private DialbackSecret() {}

  static char[] read(Terminal terminal) {
    char[] first =
        terminal
            .readSecret("New dialback secret: ")
            .orElseThrow(
                () ->
                    new CliException(
                        "no dialback secret given: type it, or pipe it on standard input"));
    if (first.length == 0) {
      throw new CliException("the dialback secret must not be empty");
    }
    if (terminal.interactive()) {
      char[] second = terminal.readSecret("Repeat the dialback secret: ").orElse(new char[0]);
      boolean same = Arrays.equals(first, second);
      Arrays.fill(second, '\0');
      if (!same) {
        Arrays.fill(first, '\0');
        throw new CliException("the dialback secrets do not match; nothing was changed");
      }
    }
    return first;
  }
}
