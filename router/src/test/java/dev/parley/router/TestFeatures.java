package dev.parley.router;

import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.StanzaInterceptor;
import java.util.function.Consumer;

/** Features for tests that register one thing: an interceptor, a listener. */
final class TestFeatures {
  private TestFeatures() {}

  /** A feature whose registration is {@code registration}. */
  static Feature feature(Consumer<FeatureContext> registration) {
    return new Feature() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public void register(FeatureContext context) {
        registration.accept(context);
      }
    };
  }

  /** A router for example.com with {@code interceptor} registered. */
  static RouterFixture withInterceptor(StanzaInterceptor interceptor) {
    return new RouterFixture(feature(context -> context.interceptor(interceptor)));
  }
}
