package dev.parley.testkit.store;

import static dev.parley.testkit.store.StoreTestData.freshDomain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.SettingsStore;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SettingsStore} must have. */
public interface SettingsStoreContract extends StoresUnderTest {

  private SettingsStore settings() {
    return stores().settings();
  }

  /** A key no other test uses. */
  private static String key(String name) {
    return name + "." + freshDomain();
  }

  @Test
  default void missingKeyIsEmpty() {
    assertThat(settings().get(key("missing"))).isEmpty();
  }

  @Test
  default void putThenGet() {
    String key = key("federation");
    settings().put(key, "{\"enabled\":true}");
    assertThat(settings().get(key)).contains("{\"enabled\":true}");
  }

  @Test
  default void putReplacesTheValue() {
    String key = key("federation");
    settings().put(key, "{\"enabled\":true}");
    settings().put(key, "{\"enabled\":false}");
    assertThat(settings().get(key)).contains("{\"enabled\":false}");
  }

  @Test
  default void keysAreIndependent() {
    String first = key("first");
    String second = key("second");
    settings().put(first, "1");
    settings().put(second, "2");
    settings().put(first, "one");
    assertThat(settings().get(first)).contains("one");
    assertThat(settings().get(second)).contains("2");
  }

  @Test
  default void largeAndNonAsciiValuesRoundTrip() {
    String key = key("policy");
    String value = "{\"exceptions\":[" + "\"dömain.example\",".repeat(10_000) + "\"last\"]}";
    settings().put(key, value);
    assertThat(settings().get(key)).contains(value);
  }
}
