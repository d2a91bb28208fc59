package dev.parley.c2s;

import dev.parley.auth.SaslMechanisms;
import dev.parley.protocol.Element;
import dev.parley.server.InBandRegistration;
import dev.parley.server.RouteDirectory;
import dev.parley.server.Router;
import dev.parley.server.ServerInfo;
import dev.parley.server.SessionListener;
import dev.parley.transport.TlsContexts;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * What every client connection needs, built once by the composition root.
 *
 * @param streamFeatures extra stream features registered by features (roster versioning ...)
 * @param blocking executor for SASL and routing work (virtual threads)
 */
public record C2sContext(
    ServerInfo info,
    C2sSettings settings,
    SaslMechanisms sasl,
    TlsContexts tls,
    RouteDirectory directory,
    Router router,
    Supplier<List<Element>> streamFeatures,
    List<SessionListener> sessionListeners,
    MeterRegistry metrics,
    Executor blocking,
    ScheduledExecutorService timers,
    Optional<InBandRegistration> registration) {}
