package dev.parley.testkit.store;

import dev.parley.store.Stores;

/** What a contract needs from the backend under test: its stores, ready to use. */
public interface StoresUnderTest {

  /**
   * The stores of the backend under test. Called once or more per test; it may return the same
   * stores for every test of a class, as long as they all use one database.
   */
  Stores stores();
}
