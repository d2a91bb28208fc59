package dev.parley.server;

/**
 * A unit of server behaviour (ping, roster, carbons...). It receives its collaborators in its
 * constructor and registers its handlers, interceptors and disco features in {@link #register}.
 */
public interface Feature {

  /** A short stable name for logs and diagnostics, for example {@code ping}. */
  String name();

  void register(FeatureContext context);
}
