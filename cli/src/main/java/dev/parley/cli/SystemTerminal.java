package dev.parley.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The process's own terminal: {@link Console#readPassword} (no echo) when a person is at the
 * keyboard, else one line of standard input per secret.
 */
final class SystemTerminal implements Terminal {

  private final Console console;
  private final StreamTerminal stdin;

  SystemTerminal() {
    Console candidate = System.console();
    this.console = candidate != null && isTerminal(candidate) ? candidate : null;
    this.stdin = new StreamTerminal(System.in, false);
  }

  @Override
  public boolean interactive() {
    return console != null;
  }

  @Override
  public Optional<char[]> readSecret(String prompt) {
    if (console == null) {
      return stdin.readSecret(prompt);
    }
    return Optional.ofNullable(console.readPassword("%s", prompt));
  }

  /**
   * Since JDK 22 {@code System.console()} may return a console even when input is redirected;
   * {@code Console.isTerminal()} (JDK 22+) tells the two apart. Looked up reflectively because the
   * CLI is compiled for Java 21, where a non-null console always means a terminal.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }
}
