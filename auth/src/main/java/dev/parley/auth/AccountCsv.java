package dev.parley.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads accounts to import, one per line: {@code jid,password[,email]}.
 *
 * <p>Rules, chosen so that passwords may contain commas without any quoting:
 *
 * <ul>
 *   <li>Blank lines, and lines whose first non-blank character is {@code #}, are skipped.
 *   <li>The JID is everything before the <em>first</em> comma (surrounding blanks removed).
 *   <li>If the rest contains a comma and the text after its <em>last</em> comma looks like an email
 *       address ({@code local@domain.tld}, no blanks), that text is the email and the password is
 *       what lies between. If the rest ends with a comma, that comma ends the password and there is
 *       no email. Otherwise the whole rest is the password.
 *   <li>The password is taken verbatim (blanks are significant). So a password that itself ends in
 *       a comma, or in {@code ,something@like.this}, must be followed by one more comma: {@code
 *       alice@example.com,pass,word@x.y,} has the password {@code pass,word@x.y}.
 * </ul>
 *
 * <p>Structural errors (no comma, empty JID or password) are reported here with their line number;
 * whether the JID is valid and hosted is checked by the import itself. The lines are Strings, so
 * passwords read from a file cannot be wiped from the reader's buffers; only the {@code char[]}
 * copies in {@link ImportLine} are.
 */
public final class AccountCsv {
  private static final Pattern EMAIL = Pattern.compile("[^\\s@,]+@[^\\s@,]+\\.[^\\s@,]+");

  /**
   * What the file held.
   *
   * @param lines the well-formed lines
   * @param problems the lines that could not be read
   */
  public record Parsed(List<ImportLine> lines, List<ImportProblem> problems) {
    public Parsed {
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }
  }

  private AccountCsv() {}

  /** Reads every line of {@code reader} (which the caller closes). */
  public static Parsed parse(BufferedReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.add(line);
    }
    return parse(lines);
  }

  /** Parses lines already in memory; line numbers start at 1. */
  public static Parsed parse(List<String> text) {
    List<ImportLine> lines = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      int number = i + 1;
      String line = text.get(i);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int comma = line.indexOf(',');
      if (comma < 0) {
        problems.add(new ImportProblem(number, "expected jid,password[,email]"));
        continue;
      }
      String jid = line.substring(0, comma).strip();
      String rest = line.substring(comma + 1);
      String password = rest;
      Optional<String> email = Optional.empty();
      int last = rest.lastIndexOf(',');
      if (last >= 0) {
        String tail = rest.substring(last + 1).strip();
        if (tail.isEmpty() || EMAIL.matcher(tail).matches()) {
          password = rest.substring(0, last);
          email = tail.isEmpty() ? Optional.empty() : Optional.of(tail);
        }
      }
      if (jid.isEmpty()) {
        problems.add(new ImportProblem(number, "empty JID"));
      } else if (password.isEmpty()) {
        problems.add(new ImportProblem(number, "empty password for " + jid));
      } else {
        lines.add(new ImportLine(number, jid, password.toCharArray(), email));
      }
    }
    return new Parsed(lines, problems);
  }
}
