package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.EmailAddressesFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code federation email-addresses show|enable|disable|impact} against a real server. */
class EmailAddressesCliIT {

  @TempDir Path dataDir;
  private EmailAddressesFixture node;

  @BeforeEach
  void start() throws Exception {
    node = new EmailAddressesFixture(dataDir, List.of("example.com"));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private Cli.Result run(String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data";
    withData[args.length + 1] = dataDir.toString();
    return Cli.run("", false, withData);
  }

  @Test
  void showPrintsTheSetting() {
    Cli.Result result = run("federation", "email-addresses", "show");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains("use the email address for XMPP federation  off")
        .contains("applied on this node                       off")
        .contains("email domains                              example.com")
        .contains("restart pending                            no");
  }

  @Test
  void enablePrintsTheNewStateTheContactsToResubscribeAndTheRestart() {
    Cli.Result result = run("federation", "email-addresses", "enable");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains("email addresses for XMPP federation turned on")
        .contains("use the email address for XMPP federation  on")
        .contains("restart pending                            yes")
        .contains(
            "federated contacts now see these users by email address; they must subscribe again:")
        .anyMatch(
            l ->
                l.startsWith("jdoe@example.com")
                    && l.contains("john.doe@example.com")
                    && l.contains("bob@prosody.test")
                    && l.endsWith("both"));
    assertThat(node.email.view().enabled()).isTrue();

    Cli.Result off = run("federation", "email-addresses", "disable");
    assertThat(off.exitCode()).as(off.err()).isZero();
    assertThat(off.out()).contains("turned off").contains("by JID again");
    assertThat(node.email.view().enabled()).isFalse();
  }

  @Test
  void impactListsTheContacts() {
    Cli.Result result = run("federation", "email-addresses", "impact");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .anyMatch(l -> l.startsWith("USER") && l.contains("FEDERATED CONTACT"))
        .anyMatch(l -> l.contains("bob@prosody.test"));
  }

  @Test
  void enableWithoutEmailDomainsFailsWithTheReason() throws Exception {
    node.close();
    node = new EmailAddressesFixture(dataDir, List.of());
    Cli.Result result = run("federation", "email-addresses", "enable");
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.err()).contains("federation.email-domains");
  }
}
