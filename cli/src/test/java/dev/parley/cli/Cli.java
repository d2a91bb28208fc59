package dev.parley.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs one CLI command in-process with the given standard input, capturing its output. */
final class Cli {

  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static Result run(String stdin, boolean interactive, String... args) {
    Terminal terminal =
        new StreamTerminal(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), interactive);
    CommandLine commandLine = ParleyCli.commandLine(terminal);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(String stdin, String... args) {
    return run(stdin, false, args);
  }
}
