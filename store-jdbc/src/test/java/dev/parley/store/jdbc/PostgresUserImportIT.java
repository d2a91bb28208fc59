package dev.parley.store.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 10,000-account import on PostgreSQL stays within {@link UserImport#BUDGET}. */
class PostgresUserImportIT {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Test
  void importsTenThousandAccountsWithinBudget() {
    UserImport.importsTenThousandAccountsWithinBudget(DATABASE.stores().users());
  }
}
