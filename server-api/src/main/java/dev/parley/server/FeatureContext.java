package dev.parley.server;

import java.util.Set;

/** The narrow surface through which a {@link Feature} plugs into the server. */
public interface FeatureContext {

  /** Serves IQ requests of this key. Registering the same key twice is an error. */
  void iqHandler(IqKey key, IqHandler handler);

  /** Adds a feature {@code var} to disco#info of the server ({@link Addressing#HOST}). */
  void serverFeature(String var);

  /** Adds a feature {@code var} to disco#info of user accounts ({@link Addressing#ACCOUNT}). */
  void accountFeature(String var);

  void interceptor(StanzaInterceptor interceptor);

  void deliveryListener(DeliveryListener listener);

  void sessionListener(SessionListener listener);

  /** Adds a feature to the client stream features (for example roster versioning). */
  void streamFeature(dev.parley.protocol.Element feature);

  /** What features already registered, for disco. */
  Set<String> serverFeatures();

  Set<String> accountFeatures();
}
