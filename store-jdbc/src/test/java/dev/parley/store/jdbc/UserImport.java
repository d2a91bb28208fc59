package dev.parley.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import dev.parley.store.ScramMechanism;
import dev.parley.store.UserStore;
import dev.parley.testkit.store.StoreTestData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A bulk import as the admin API runs it: accounts created one by one, each with a SCRAM-SHA-1 and
 * a SCRAM-SHA-256 verifier. The budget is the product requirement (10,000 accounts well under a
 * minute) with room for a busy two-core CI machine.
 */
final class UserImport {

  static final int ACCOUNTS = 10_000;
  static final Duration BUDGET = Duration.ofSeconds(40);

  private UserImport() {}

  static void importsTenThousandAccountsWithinBudget(UserStore users) {
    String domain = StoreTestData.freshDomain();
    var credentials =
        List.of(
            StoreTestData.credential(ScramMechanism.SCRAM_SHA_1, "import"),
            StoreTestData.credential(ScramMechanism.SCRAM_SHA_256, "import"));
    long start = System.nanoTime();
    for (int i = 0; i < ACCOUNTS; i++) {
      BareJid jid = BareJid.of("user" + i, domain);
      assertThat(users.create(StoreTestData.account(jid), credentials)).isTrue();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(BUDGET);
    assertThat(users.list(Optional.of(domain))).hasSize(ACCOUNTS);
    Account last = users.find(BareJid.of("user" + (ACCOUNTS - 1), domain)).orElseThrow();
    assertThat(users.credentials(last.jid())).hasSize(2);
  }
}
