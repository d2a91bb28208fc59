package dev.parley.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.server.AccountException;
import dev.parley.server.ServerInfo;
import dev.parley.store.Account;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ScramAccountServiceTest {
  private static final ServerInfo SERVER =
      new ServerInfo(
          "Parley", "test", "node1", Set.of(DomainJid.of("example.com"), DomainJid.of("b.test")));
  private static final BareJid ALICE = BareJid.of("alice", "example.com");

  private final InMemoryUserStore users = new InMemoryUserStore();
  private final List<BareJid> deleted = new CopyOnWriteArrayList<>();
  private final ScramAccountService service =
      new ScramAccountService(users, SERVER, new ScramHasher(), deleted::add);

  @Test
  void createStoresCredentialsNotThePasswordAndWipesIt() {
    char[] password = "wonderland".toCharArray();
    Account account = service.create(ALICE, password, true);
    assertThat(account.jid()).isEqualTo(ALICE);
    assertThat(account.admin()).isTrue();
    assertThat(password).containsOnly('\0');
    assertThat(users.credentials(ALICE)).hasSize(2);
    assertThat(users.credentials(ALICE).toString()).doesNotContain("wonderland");
    assertThat(service.find(ALICE)).contains(account);
    assertThat(service.verify(ALICE, "wonderland".toCharArray())).isTrue();
    assertThat(service.verify(ALICE, "Wonderland".toCharArray())).isFalse();
    assertThat(service.verify(BareJid.of("nobody", "example.com"), "x".toCharArray())).isFalse();
  }

  @Test
  void createRefusesDuplicatesForeignDomainsAndBadPasswords() {
    service.create(ALICE, "one".toCharArray(), false);
    assertThatThrownBy(() -> service.create(ALICE, "two".toCharArray(), false))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("already exists");
    assertThat(service.verify(ALICE, "one".toCharArray())).isTrue();
    assertThatThrownBy(
            () -> service.create(BareJid.of("bob", "elsewhere.org"), "pw".toCharArray(), false))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("elsewhere.org");
    BareJid bob = BareJid.of("bob", "example.com");
    assertThatThrownBy(() -> service.create(bob, new char[0], false))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("empty");
    char[] control = "bad\u0000pw".toCharArray();
    assertThatThrownBy(() -> service.create(bob, control, false))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("not allowed");
    assertThat(control).containsOnly('\0');
    assertThat(users.exists(bob)).isFalse();
  }

  @Test
  void changePasswordReplacesTheCredentials() {
    service.create(ALICE, "old".toCharArray(), false);
    char[] next = "new".toCharArray();
    service.changePassword(ALICE, next);
    assertThat(next).containsOnly('\0');
    assertThat(service.verify(ALICE, "old".toCharArray())).isFalse();
    assertThat(service.verify(ALICE, "new".toCharArray())).isTrue();
    assertThatThrownBy(
            () -> service.changePassword(BareJid.of("nobody", "example.com"), "x".toCharArray()))
        .isInstanceOf(AccountException.class);
  }

  @Test
  void deleteRemovesTheAccountAndNotifiesOnce() {
    service.create(ALICE, "pw".toCharArray(), false);
    assertThat(service.delete(ALICE)).isTrue();
    assertThat(service.delete(ALICE)).isFalse();
    assertThat(service.find(ALICE)).isEmpty();
    assertThat(deleted).containsExactly(ALICE);
  }

  @Test
  void importsTwoThousandAccountsAndReportsBadLines() {
    List<ImportLine> lines = new ArrayList<>();
    for (int i = 1; i <= 2000; i++) {
      lines.add(
          new ImportLine(
              i, "user" + i + "@example.com", ("pw-" + i).toCharArray(), Optional.empty()));
    }
    lines.add(new ImportLine(2001, "user7@example.com", "dup".toCharArray(), Optional.empty()));
    lines.add(new ImportLine(2002, "x@unhosted.org", "pw".toCharArray(), Optional.empty()));
    lines.add(new ImportLine(2003, "not a jid@", "pw".toCharArray(), Optional.empty()));
    lines.add(new ImportLine(2004, "y@b.test", "\u0007".toCharArray(), Optional.empty()));
    lines.add(
        new ImportLine(2005, "z@b.test", "pw".toCharArray(), Optional.of("z@mail.example.org")));

    ImportReport report = service.importAccounts(lines);

    assertThat(report.created()).isEqualTo(2001);
    assertThat(report.problems())
        .extracting(ImportProblem::lineNumber)
        .containsExactly(2001, 2002, 2003, 2004);
    assertThat(report.problems().get(0).reason()).contains("already exists");
    assertThat(report.problems().get(1).reason()).contains("unhosted.org");
    assertThat(report.problems().get(2).reason()).contains("invalid JID");
    assertThat(users.count()).isEqualTo(2001);
    assertThat(service.verify(BareJid.of("user1234", "example.com"), "pw-1234".toCharArray()))
        .isTrue();
    assertThat(service.verify(BareJid.of("user7", "example.com"), "pw-7".toCharArray())).isTrue();
    assertThat(users.find(BareJid.of("z", "b.test")).orElseThrow().email())
        .contains("z@mail.example.org");
    assertThat(lines).allSatisfy(line -> assertThat(line.password()).containsOnly('\0'));
  }

  @Test
  void importsCsvMergingParseAndImportProblems() throws IOException {
    String csv =
        """
        # two good, two bad
        alice@example.com,wonder,land,alice@mail.example.org
        garbage
        bob@example.com,builder
        carol@elsewhere.org,pw
        """;
    ImportReport report = service.importCsv(new BufferedReader(new StringReader(csv)));
    assertThat(report.created()).isEqualTo(2);
    assertThat(report.problems()).extracting(ImportProblem::lineNumber).containsExactly(3, 5);
    assertThat(service.verify(ALICE, "wonder,land".toCharArray())).isTrue();
    assertThat(users.find(ALICE).orElseThrow().email()).contains("alice@mail.example.org");
  }
}
