package dev.parley.bench.load;

import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * How every load client of one side of a scenario connects and logs in.
 *
 * @param endpoint where to connect, and the domain of the accounts
 * @param tls whether to negotiate STARTTLS
 * @param sslContext the TLS context (trusting the given CA, or everything)
 * @param mechanism the SASL mechanism: {@code SCRAM-SHA-1}, {@code SCRAM-SHA-256} or {@code PLAIN}
 * @param resource the resource requested at bind
 * @param timeout connect and per-step negotiation timeout
 */
public record ClientSettings(
    Endpoint endpoint,
    TlsPolicy tls,
    SSLContext sslContext,
    String mechanism,
    String resource,
    Duration timeout) {}
