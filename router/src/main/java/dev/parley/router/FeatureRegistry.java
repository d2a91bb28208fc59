package dev.parley.router;

import dev.parley.protocol.Element;
import dev.parley.server.DeliveryListener;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqHandler;
import dev.parley.server.IqKey;
import dev.parley.server.SessionListener;
import dev.parley.server.StanzaInterceptor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the features registered: IQ handlers by typed key, interceptors, listeners, disco features
 * and stream features. Filled once at start-up, read on every stanza.
 */
public final class FeatureRegistry implements FeatureContext {
  private final Map<IqKey, IqHandler> iqHandlers = new ConcurrentHashMap<>();
  private final Set<String> serverFeatures = new TreeSet<>();
  private final Set<String> accountFeatures = new TreeSet<>();
  private final List<StanzaInterceptor> interceptors = new CopyOnWriteArrayList<>();
  private final List<DeliveryListener> deliveryListeners = new CopyOnWriteArrayList<>();
  private final List<SessionListener> sessionListeners = new CopyOnWriteArrayList<>();
  private final List<Element> streamFeatures = new CopyOnWriteArrayList<>();

  /** Registers every feature, in order. */
  public static FeatureRegistry of(List<Feature> features) {
    FeatureRegistry registry = new FeatureRegistry();
    for (Feature feature : features) {
      feature.register(registry);
    }
    return registry;
  }

  @Override
  public void iqHandler(IqKey key, IqHandler handler) {
    if (iqHandlers.putIfAbsent(key, handler) != null) {
      throw new IllegalStateException("two handlers for " + key);
    }
  }

  public Optional<IqHandler> iqHandler(IqKey key) {
    return Optional.ofNullable(iqHandlers.get(key));
  }

  @Override
  public synchronized void serverFeature(String var) {
    serverFeatures.add(var);
  }

  @Override
  public synchronized void accountFeature(String var) {
    accountFeatures.add(var);
  }

  @Override
  public void interceptor(StanzaInterceptor interceptor) {
    interceptors.add(interceptor);
  }

  @Override
  public void deliveryListener(DeliveryListener listener) {
    deliveryListeners.add(listener);
  }

  @Override
  public void sessionListener(SessionListener listener) {
    sessionListeners.add(listener);
  }

  @Override
  public void streamFeature(Element feature) {
    streamFeatures.add(feature);
  }

  @Override
  public synchronized Set<String> serverFeatures() {
    return Set.copyOf(serverFeatures);
  }

  @Override
  public synchronized Set<String> accountFeatures() {
    return Set.copyOf(accountFeatures);
  }

  public List<StanzaInterceptor> interceptors() {
    return interceptors;
  }

  public List<DeliveryListener> deliveryListeners() {
    return deliveryListeners;
  }

  public List<SessionListener> sessionListeners() {
    return sessionListeners;
  }

  public List<Element> streamFeatures() {
    return List.copyOf(streamFeatures);
  }
}
