package dev.parley.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

  @Test
  void readsGoodLinesSkippingCommentsAndBlanks() throws IOException {
    String text =
        """
        # users of example.com
        alice@example.com,wonderland

          # indented comment
        bob@example.com , s3cret , bob@mail.example.org
        carol@example.com,a,b,c
        dave@example.com,p,w@x.y,
        erin@example.com,pass,word,erin@example.org
        frank@example.com, spaced out
        """;
    AccountCsv.Parsed parsed = AccountCsv.parse(new BufferedReader(new StringReader(text)));
    assertThat(parsed.problems()).isEmpty();
    List<ImportLine> lines = parsed.lines();
    assertThat(lines).extracting(ImportLine::lineNumber).containsExactly(2, 5, 6, 7, 8, 9);
    assertLine(lines.get(0), "alice@example.com", "wonderland", Optional.empty());
    // Only the email field is trimmed; the password keeps its blanks.
    assertLine(lines.get(1), "bob@example.com", " s3cret ", Optional.of("bob@mail.example.org"));
    // The last field "c" is no email, so every comma after the first belongs to the password.
    assertLine(lines.get(2), "carol@example.com", "a,b,c", Optional.empty());
    // A trailing comma ends a password that would otherwise look like it ends with an email.
    assertLine(lines.get(3), "dave@example.com", "p,w@x.y", Optional.empty());
    assertLine(lines.get(4), "erin@example.com", "pass,word", Optional.of("erin@example.org"));
    assertLine(lines.get(5), "frank@example.com", " spaced out", Optional.empty());
  }

  @Test
  void reportsBadLinesWithTheirNumbers() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse(
            List.of(
                "no-comma-here",
                "ok@example.com,pw",
                ",password",
                "empty@example.com,",
                "empty2@example.com,,someone@example.org"));
    assertThat(parsed.lines()).extracting(ImportLine::jid).containsExactly("ok@example.com");
    assertThat(parsed.problems()).extracting(ImportProblem::lineNumber).containsExactly(1, 3, 4, 5);
    assertThat(parsed.problems().get(0).reason()).contains("jid,password");
    assertThat(parsed.problems().get(1).reason()).contains("empty JID");
    assertThat(parsed.problems().get(2).reason()).contains("empty password");
  }

  private static void assertLine(
      ImportLine line, String jid, String password, Optional<String> email) {
    assertThat(line.jid()).isEqualTo(jid);
    assertThat(new String(line.password())).isEqualTo(password);
    assertThat(line.email()).isEqualTo(email);
  }
}
