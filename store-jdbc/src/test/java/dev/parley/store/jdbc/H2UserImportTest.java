package dev.parley.store.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 10,000-account import on H2 stays within {@link UserImport#BUDGET}. */
class H2UserImportTest {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Test
  void importsTenThousandAccountsWithinBudget() {
    UserImport.importsTenThousandAccountsWithinBudget(DATABASE.stores().users());
  }
}
