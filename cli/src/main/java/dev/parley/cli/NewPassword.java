package dev.parley.cli;

import java.util.Arrays;

/**
 * Reads a new account password: twice without echo on a terminal (a typo would lock the user out),
 * once from piped standard input so that scripts can set it.
 */
final class NewPassword {

  private NewPassword() {}

  static char[] read(Terminal terminal, String jid) {
    char[] first =
        terminal
            .readSecret("New password for " + jid + ": ")
            .orElseThrow(
                () -> new CliException("no password given: type it, or pipe it on standard input"));
    if (first.length == 0) {
      throw new CliException("the password must not be empty");
    }
    if (terminal.interactive()) {
      char[] second = terminal.readSecret("Repeat the new password: ").orElse(new char[0]);
      boolean same = Arrays.equals(first, second);
      Arrays.fill(second, '\0');
      if (!same) {
        Arrays.fill(first, '\0');
        throw new CliException("the passwords do not match; nothing was changed");
      }
    }
    return first;
  }
}
