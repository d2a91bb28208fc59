package dev.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads secrets line by line from a stream: standard input when it is piped, or a test's input. One
 * reader serves every read, so an admin password and a new password can follow each other on
 * consecutive lines.
 */
final class StreamTerminal implements Terminal {

  private final BufferedReader reader;
  private final boolean interactive;

  StreamTerminal(InputStream in, boolean interactive) {
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.interactive = interactive;
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  @Override
  public Optional<char[]> readSecret(String prompt) {
    try {
      String line = reader.readLine();
      return Optional.ofNullable(line).map(String::toCharArray);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
