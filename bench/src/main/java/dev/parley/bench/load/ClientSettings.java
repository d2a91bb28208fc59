package dev.parley.bench.load;

import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * How every load client of one side of a scenario connects and logs in.
 *
 * @param endpoint where to connect, and the domain of the accounts
 * @param tls whether to negotiate STARTTLS
 * @param sslContext the TLS context (trusting the given CA, or everything); the clients use the
 *     OpenSSL context {@link Trust#forNetty} makes from it
 * @param mechanism the SASL mechanism: {@code SCRAM-SHA-1}, {@code SCRAM-SHA-256} or {@code PLAIN}
 * @param resource the resource requested at bind
 * @param timeout connect and per-step negotiation timeout
 * @param transport the event loops the connections run on
 */
public record ClientSettings(
    Endpoint endpoint,
    TlsPolicy tls,
    SSLContext sslContext,
    String mechanism,
    String resource,
    Duration timeout,
    ClientTransport transport) {

  /** Settings whose clients run on the process's {@link ClientTransport#shared()} event loops. */
  public ClientSettings(
      Endpoint endpoint,
      TlsPolicy tls,
      SSLContext sslContext,
      String mechanism,
      String resource,
      Duration timeout) {
    this(endpoint, tls, sslContext, mechanism, resource, timeout, ClientTransport.shared());
  }
}
