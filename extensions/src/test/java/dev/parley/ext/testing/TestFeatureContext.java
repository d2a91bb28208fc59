package dev.parley.ext.testing;

import dev.parley.protocol.Element;
import dev.parley.server.Addressing;
import dev.parley.server.DeliveryListener;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqHandler;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.server.SessionListener;
import dev.parley.server.StanzaInterceptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects what features register, and dispatches IQ requests the way the router would. */
public final class TestFeatureContext implements FeatureContext {
  public final Map<IqKey, IqHandler> handlers = new HashMap<>();
  public final Set<String> serverFeatures = new LinkedHashSet<>();
  public final Set<String> accountFeatures = new LinkedHashSet<>();
  public final List<StanzaInterceptor> interceptors = new ArrayList<>();
  public final List<DeliveryListener> deliveryListeners = new ArrayList<>();
  public final List<SessionListener> sessionListeners = new ArrayList<>();
  public final List<Element> streamFeatures = new ArrayList<>();

  @Override
  public void iqHandler(IqKey key, IqHandler handler) {
    if (handlers.putIfAbsent(key, handler) != null) {
      throw new IllegalStateException("registered twice: " + key);
    }
  }

  @Override
  public void serverFeature(String var) {
    serverFeatures.add(var);
  }

  @Override
  public void accountFeature(String var) {
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
  public Set<String> serverFeatures() {
    return Set.copyOf(serverFeatures);
  }

  @Override
  public Set<String> accountFeatures() {
    return Set.copyOf(accountFeatures);
  }

  /** Finds the handler for the request's type, payload and addressing, and runs it. */
  public Outcome dispatch(IqRequest request, Addressing addressing) {
    Element payload = request.payload();
    IqKey key = new IqKey(request.iq().type(), payload.name(), payload.namespace(), addressing);
    IqHandler handler = handlers.get(key);
    if (handler == null) {
      throw new AssertionError("no handler for " + key);
    }
    return handler.handle(request);
  }

  public StanzaInterceptor interceptor() {
    if (interceptors.size() != 1) {
      throw new AssertionError("expected one interceptor, got " + interceptors.size());
    }
    return interceptors.get(0);
  }
}
