package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.AdminFixture;
import dev.parley.admin.TestSession;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a real admin server found through its data directory. */
class ParleyCliIT {

  @TempDir Path dataDir;
  private AdminFixture node;
  private String data;

  @BeforeEach
  void start() {
    node = new AdminFixture(dataDir);
    data = dataDir.toString();
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private Cli.Result run(String stdin, String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data";
    withData[args.length + 1] = data;
    return Cli.run(stdin, withData);
  }

  @Test
  void addReadsThePasswordFromPipedStdin() {
    Cli.Result result =
        run(
            "s3cret\n",
            "user",
            "add",
            "alice@localhost",
            "--admin",
            "--email",
            "alice@corp.example");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("created alice@localhost (admin) <alice@corp.example>");
    BareJid alice = Jid.parseBare("alice@localhost");
    assertThat(node.accounts.verify(alice, "s3cret".toCharArray())).isTrue();
    assertThat(node.users.find(alice).orElseThrow().admin()).isTrue();
  }

  @Test
  void addOnATerminalAsksTwiceAndRefusesAMismatch() {
    Cli.Result mismatch =
        Cli.run("one\ntwo\n", true, "user", "add", "bob@localhost", "--data", data);
    assertThat(mismatch.exitCode()).isEqualTo(1);
    assertThat(mismatch.err()).contains("do not match");
    assertThat(node.users.count()).isZero();

    Cli.Result match =
        Cli.run("same\nsame\n", true, "user", "add", "bob@localhost", "--data", data);
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(node.accounts.verify(Jid.parseBare("bob@localhost"), "same".toCharArray())).isTrue();
  }

  @Test
  void addWithoutPasswordOrTwiceFails() {
    Cli.Result none = run("", "user", "add", "carl@localhost");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("no password given");

    assertThat(run("pw\n", "user", "add", "carl@localhost").exitCode()).isZero();
    Cli.Result again = run("pw\n", "user", "add", "carl@localhost");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("carl@localhost").contains("exists");

    Cli.Result invalid = run("pw\n", "user", "add", "carl@nothosted.example");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.err()).contains("not hosted");
  }

  @Test
  void passwdChangesThePassword() {
    BareJid dora = node.account("dora@localhost", "old", false);
    Cli.Result result = run("fresh\n", "user", "passwd", "dora@localhost");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("password changed for dora@localhost");
    assertThat(node.accounts.verify(dora, "fresh".toCharArray())).isTrue();
    assertThat(run("x\n", "user", "passwd", "ghost@localhost").err()).contains("no account");
  }

  @Test
  void listPrintsATableAndFiltersByDomain() {
    node.account("zoe@localhost", "p", true);
    node.account("abe@example.com", "p", false);
    Cli.Result all = run("", "user", "list");
    assertThat(all.exitCode()).isZero();
    assertThat(all.out().lines().toList())
        .first()
        .asString()
        .startsWith("JID")
        .contains("ADMIN")
        .contains("EMAIL");
    assertThat(all.out())
        .contains("abe@example.com")
        .contains("zoe@localhost")
        .contains("2 accounts");
    assertThat(all.out().indexOf("abe@")).isLessThan(all.out().indexOf("zoe@"));

    Cli.Result local = run("", "user", "list", "localhost");
    assertThat(local.out()).contains("zoe@localhost").doesNotContain("abe@example.com");
    assertThat(run("", "user", "list", "nobody.example").out())
        .contains("no accounts in nobody.example");
  }

  @Test
  void setEmailSetsClearsAndValidates() {
    BareJid eve = node.account("eve@localhost", "p", false);
    Cli.Result set = run("", "user", "set-email", "eve@localhost", "eve@corp.example");
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out()).contains("email of eve@localhost set to eve@corp.example");
    assertThat(node.users.find(eve).orElseThrow().email()).contains("eve@corp.example");

    Cli.Result bad = run("", "user", "set-email", "eve@localhost", "not-an-address");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("invalid email address");

    Cli.Result clear = run("", "user", "set-email", "eve@localhost", "--clear");
    assertThat(clear.exitCode()).isZero();
    assertThat(clear.out()).contains("removed the email of eve@localhost");
    assertThat(node.users.find(eve).orElseThrow().email()).isEmpty();

    assertThat(run("", "user", "set-email", "eve@localhost").exitCode()).isEqualTo(2);
    assertThat(run("", "user", "set-email", "eve@localhost", "a@b.example", "--clear").exitCode())
        .isEqualTo(2);
  }

  @Test
  void disableAndEnable() {
    BareJid fred = node.account("fred@localhost", "p", false);
    TestSession session = new TestSession(fred.withResource("pc"), node.routes);
    node.routes.register(session);
    Cli.Result off = run("", "user", "disable", "fred@localhost");
    assertThat(off.exitCode()).isZero();
    assertThat(off.out()).contains("disabled fred@localhost");
    assertThat(node.users.find(fred).orElseThrow().disabled()).isTrue();
    assertThat(session.closedWith()).isPresent();

    Cli.Result on = run("", "user", "enable", "fred@localhost");
    assertThat(on.out()).contains("enabled fred@localhost");
    assertThat(node.users.find(fred).orElseThrow().disabled()).isFalse();
  }

  @Test
  void deleteRemovesAndReportsMissingAccounts() {
    node.account("gil@localhost", "p", false);
    Cli.Result result = run("", "user", "delete", "gil@localhost");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("deleted gil@localhost");
    assertThat(node.users.count()).isZero();
    Cli.Result missing = run("", "user", "delete", "gil@localhost");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no account gil@localhost");
  }

  @Test
  void importPrintsTheCountAndEachBadLine() throws Exception {
    Path csv = dataDir.resolve("users.csv");
    Files.writeString(
        csv, "ann@localhost,pw1\nbroken line\nben@localhost,pw2,ben@corp.example\n@@,pw3\n");
    Cli.Result result = run("", "user", "import", csv.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("created 2 accounts");
    assertThat(result.err())
        .contains("line 2: ")
        .contains("line 4: invalid JID")
        .contains("2 lines refused");
    assertThat(result.out() + result.err()).doesNotContain("pw1", "pw2", "pw3");

    Path good = dataDir.resolve("good.csv");
    Files.writeString(good, "cat@localhost,pw\n");
    Cli.Result ok = run("", "user", "import", good.toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("created 1 account from");
    assertThat(ok.err()).isEmpty();

    Cli.Result missing = run("", "user", "import", dataDir.resolve("none.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void sessionsAndStatus() {
    node.routes.register(
        new TestSession(Jid.parseBare("hal@localhost").withResource("tab"), node.routes));
    Cli.Result sessions = run("", "sessions");
    assertThat(sessions.exitCode()).isZero();
    assertThat(sessions.out())
        .contains("hal@localhost/tab")
        .contains("node-1")
        .contains("1 session");

    Cli.Result status = run("", "status");
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("status:   UP")
        .contains("node:     node-1")
        .contains("domains:  example.com, localhost")
        .contains("parley_test_logins_total 3");
  }

  @Test
  void explainsWhenNoNodeIsRunning(@TempDir Path empty) {
    Cli.Result result = Cli.run("", "user", "list", "--data", empty.toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("no running node found: " + empty.resolve("admin.url") + " is missing")
        .contains("./parley start");
  }

  @Test
  void explainsAStaleUrlAndAStaleToken() throws Exception {
    Files.writeString(node.tokenFile(), "stale-token-from-an-old-run\n");
    Cli.Result stale = run("", "user", "list");
    assertThat(stale.exitCode()).isEqualTo(4);
    assertThat(stale.err()).contains("stale").contains("admin.token");

    node.close();
    Files.writeString(node.urlFile(), node.baseUri() + "\n");
    Files.writeString(node.tokenFile(), "x\n");
    Cli.Result down = run("", "sessions");
    assertThat(down.exitCode()).isEqualTo(3);
    assertThat(down.err())
        .contains("cannot reach the node at " + node.baseUri())
        .contains("./parley start");
  }

  @Test
  void remoteUseWithUrlAndAdminCredentials(@TempDir Path elsewhere) {
    node.account("root@localhost", "rootpw", true);
    node.account("plain@localhost", "plainpw", false);
    String url = node.baseUri().toString();
    Cli.Result add =
        Cli.run(
            "rootpw\nnewpw\n",
            "user",
            "add",
            "ivy@localhost",
            "--url",
            url,
            "--user",
            "root@localhost",
            "--data",
            elsewhere.toString());
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(node.accounts.verify(Jid.parseBare("ivy@localhost"), "newpw".toCharArray()))
        .isTrue();

    Cli.Result wrong = Cli.run("nope\n", "user", "list", "--url", url, "--user", "root@localhost");
    assertThat(wrong.exitCode()).isEqualTo(4);
    assertThat(wrong.err()).contains("password of root@localhost was not accepted");

    Cli.Result notAdmin =
        Cli.run("plainpw\n", "sessions", "--url", url, "--user", "plain@localhost");
    assertThat(notAdmin.exitCode()).isEqualTo(4);
    assertThat(notAdmin.err()).contains("not an administrator");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Cli.run("", "frobnicate").exitCode()).isEqualTo(2);
    assertThat(Cli.run("", "user").exitCode()).isEqualTo(2);
    assertThat(Cli.run("", "user", "add").exitCode()).isEqualTo(2);
    Cli.Result help = Cli.run("", "user", "add", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--admin")
        .contains("--data")
        .contains("--url")
        .contains("--user");
  }
}
