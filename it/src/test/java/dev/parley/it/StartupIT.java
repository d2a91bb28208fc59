package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise, with the real main class in a child JVM: {@code ./parley start} on an empty
 * data directory comes up, the printed admin logs in, and a second start reuses the data.
 */
class StartupIT {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STOP = Duration.ofSeconds(20);
  // A JVM ended by SIGTERM exits with 128 + 15 once its shutdown hooks have run, even though
  // Main's hook closes the node cleanly; measured on this JDK, not assumed.
  private static final int EXIT_ON_SIGTERM = 143;
  private static final Pattern JID = Pattern.compile("^\\s+JID:\\s+(\\S+)\\s*$");
  private static final Pattern PASSWORD = Pattern.compile("^\\s+password:\\s+(\\S+)\\s*$");
  private static final String BANNER_END = "Stop with Ctrl-C";

  @TempDir Path work;

  @Test
  void firstStartPrintsAnAdminThatLogsInAndASecondStartReusesTheData() throws IOException {
    Path data = work.resolve("data");
    int c2s = StartupProcess.freePort();
    Path config =
        write(
            "parley.yml",
            """
            listeners:
              c2s: {address: 127.0.0.1, port: %d}
              c2s-direct-tls: {address: 127.0.0.1, port: %d}
              admin: {address: 127.0.0.1, port: %d}
            """
                .formatted(c2s, StartupProcess.freePort(), StartupProcess.freePort()));

    String jid;
    String password;
    try (StartupProcess first = StartupProcess.launch(data, config)) {
      List<String> banner = banner(first);
      jid = single(banner, JID, first);
      password = single(banner, PASSWORD, first);
      assertThat(jid).isEqualTo("admin@localhost");
      assertThat(password).hasSizeGreaterThanOrEqualTo(16);
      messageToSelf(data, c2s, password, "before restart");
      assertThat(first.terminate(STOP)).as("exit code on SIGTERM").isEqualTo(EXIT_ON_SIGTERM);
    }

    try (StartupProcess second = StartupProcess.launch(data, config)) {
      List<String> banner = banner(second);
      assertThat(banner)
          .as("the second start shows no password")
          .noneMatch(line -> PASSWORD.matcher(line).matches())
          .noneMatch(line -> line.contains(password))
          .noneMatch(line -> JID.matcher(line).matches());
      messageToSelf(data, c2s, password, "after restart");
      assertThat(second.terminate(STOP)).as("exit code on SIGTERM").isEqualTo(EXIT_ON_SIGTERM);
    }
  }

  @Test
  void anOutOfRangeSettingStopsTheStartAndNamesSettingAndValue() throws IOException {
    assertRefused(
        """
        listeners:
          c2s: {address: 127.0.0.1, port: %d}
          c2s-direct-tls: {enabled: false}
          admin: {address: 127.0.0.1, port: %d}
        c2s:
          max-auth-failures: 99
        """
            .formatted(StartupProcess.freePort(), StartupProcess.freePort()),
        "c2s.max-auth-failures",
        "99");
  }

  @Test
  void aPortOutOfRangeStopsTheStartAndNamesSettingAndValue() throws IOException {
    assertRefused(
        """
        listeners:
          c2s: {address: 127.0.0.1, port: 70000}
          c2s-direct-tls: {enabled: false}
          admin: {address: 127.0.0.1, port: %d}
        """
            .formatted(StartupProcess.freePort()),
        "listeners.c2s.port",
        "70000");
  }

  private void assertRefused(String yaml, String setting, String value) throws IOException {
    Path config = write("bad.yml", yaml);
    try (StartupProcess node = StartupProcess.launch(work.resolve("bad-data"), config)) {
      int exit = node.awaitExit(START);
      String output = node.output();
      assertThat(exit).as("exit code; output:%n%s", output).isNotZero();
      assertThat(output).contains(setting).contains(value).doesNotContain("is running");
    }
  }

  /** Waits for the banner and returns its lines, from "is running" to the stop hint. */
  private static List<String> banner(StartupProcess node) {
    node.awaitLine("the banner", line -> line.contains("is running"), START);
    node.awaitLine("the end of the banner", line -> line.contains(BANNER_END), START);
    return node.linesBetween(line -> line.contains("is running"), l -> l.contains(BANNER_END));
  }

  private static String single(List<String> banner, Pattern pattern, StartupProcess node) {
    List<String> values =
        banner.stream()
            .map(pattern::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .toList();
    assertThat(values).as("%s in the banner; output:%n%s", pattern, node.output()).hasSize(1);
    return values.get(0);
  }

  /** Logs in as the admin, sends a message to its own bare JID and waits for it to come back. */
  private static void messageToSelf(Path data, int port, String password, String body) {
    XMPPTCPConnection admin = StartupClients.login(data, port, "admin", password, "startup");
    try {
      BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
      admin.addAsyncStanzaListener(
          stanza -> {
            String text = ((Message) stanza).getBody();
            if (text != null) {
              inbox.add(text);
            }
          },
          StanzaTypeFilter.MESSAGE);
      admin.sendStanza(
          admin
              .getStanzaFactory()
              .buildMessageStanza()
              .to(admin.getUser().asEntityBareJid())
              .setBody(body)
              .build());
      // The previous run's message may come first, from offline storage: the client closed its
      // stream before acknowledging it (XEP-0198), so the server could not know it had arrived.
      String received = Await.next("the admin's message to itself", inbox);
      while (!received.equals(body) && received.endsWith("restart")) {
        received = Await.next("the admin's message to itself", inbox);
      }
      assertThat(received).isEqualTo(body);
    } catch (org.jivesoftware.smack.SmackException.NotConnectedException e) {
      throw new AssertionError("the admin's session dropped", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      admin.disconnect();
    }
  }

  private Path write(String name, String text) throws IOException {
    Files.createDirectories(work);
    return Files.writeString(work.resolve(name), text);
  }
}
