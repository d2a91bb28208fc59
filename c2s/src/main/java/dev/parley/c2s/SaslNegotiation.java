package dev.parley.c2s;

import dev.parley.auth.SaslContext;
import dev.parley.auth.SaslFailure;
import dev.parley.auth.SaslMechanism;
import dev.parley.auth.SaslStep;
import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SASL on a client stream (RFC 6120 §6): auth, challenges, responses, abort. */
final class SaslNegotiation {
  private static final Logger LOG = LoggerFactory.getLogger(SaslNegotiation.class);
  private final ClientConnection connection;

  SaslNegotiation(ClientConnection connection) {
    this.connection = connection;
  }

  /** {@code <auth mechanism='...'>}. */
  void auth(Element auth) {
    String name = auth.attribute("mechanism").orElse("");
    Optional<SaslMechanism> mechanism =
        connection
            .context
            .sasl()
            .create(name, new SaslContext(connection.domain, connection.encrypted));
    if (mechanism.isEmpty()) {
      boolean plainWithoutTls = "PLAIN".equals(name) && !connection.encrypted;
      fail(
          plainWithoutTls ? SaslFailure.ENCRYPTION_REQUIRED : SaslFailure.INVALID_MECHANISM,
          plainWithoutTls ? "PLAIN needs TLS" : "mechanism not offered: " + name,
          name);
      return;
    }
    Optional<byte[]> initial;
    try {
      initial = decodeInitial(auth.text());
    } catch (IllegalArgumentException e) {
      fail(SaslFailure.INCORRECT_ENCODING, "initial response is not Base64", name);
      return;
    }
    SaslMechanism exchange = mechanism.get();
    connection.state = new ClientState.Authenticating(exchange);
    connection.offload(() -> exchange.start(initial), step -> apply(exchange, step));
  }

  /** {@code <response>} to our last challenge. */
  void response(SaslMechanism exchange, Element response) {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(response.text().trim());
    } catch (IllegalArgumentException e) {
      fail(SaslFailure.INCORRECT_ENCODING, "response is not Base64", exchange.name());
      return;
    }
    connection.offload(() -> exchange.respond(data), step -> apply(exchange, step));
  }

  void abort(SaslMechanism exchange) {
    fail(SaslFailure.ABORTED, "aborted by the client", exchange.name());
  }

  private static Optional<byte[]> decodeInitial(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    // RFC 6120 §6.4.2: "=" is an initial response of zero length.
    return Optional.of("=".equals(trimmed) ? new byte[0] : Base64.getDecoder().decode(trimmed));
  }

  private void apply(SaslMechanism exchange, SaslStep step) {
    if (connection.state instanceof ClientState.Closed) {
      return;
    }
    switch (step) {
      case SaslStep.Challenge challenge ->
          connection.send(
              Element.builder("challenge", Namespaces.SASL)
                  .text(Base64.getEncoder().encodeToString(challenge.data()))
                  .build());
      case SaslStep.Success success -> succeed(exchange, success);
      case SaslStep.Failure failure -> fail(failure.condition(), failure.text(), exchange.name());
    }
  }

  private void succeed(SaslMechanism exchange, SaslStep.Success success) {
    connection.authenticated = success.identity();
    connection
        .context
        .metrics()
        .counter("parley.logins", "mechanism", exchange.name(), "result", "success")
        .increment();
    LOG.info(
        "client {} authenticated as {} with {} on stream {}",
        connection.channel.remoteAddress(),
        success.identity(),
        exchange.name(),
        connection.streamId);
    Element.Builder element = Element.builder("success", Namespaces.SASL);
    success
        .additionalData()
        .ifPresent(data -> element.text(Base64.getEncoder().encodeToString(data)));
    // RFC 6120 §6.4.6: the stream restarts; reset the parser before the new header can arrive.
    connection.decoder.restart();
    connection.state = new ClientState.AwaitingHeader(true);
    connection.send(element.build());
  }

  private void fail(SaslFailure condition, String text, String mechanism) {
    connection
        .context
        .metrics()
        .counter(
            "parley.logins",
            "mechanism",
            mechanism.isEmpty() ? "none" : mechanism,
            "result",
            condition.elementName())
        .increment();
    LOG.info(
        "client {} failed SASL {} on stream {}: {} ({})",
        connection.channel.remoteAddress(),
        mechanism,
        connection.streamId,
        condition.elementName(),
        text);
    connection.send(
        Element.builder("failure", Namespaces.SASL)
            .child(condition.elementName(), Namespaces.SASL)
            .textChild("text", Namespaces.SASL, text)
            .build());
    connection.state = new ClientState.Negotiating(false);
    if (condition != SaslFailure.ABORTED
        && ++connection.authFailures >= connection.context.settings().maxAuthFailures()) {
      connection.fail(
          StreamError.of(
              StreamErrorCondition.POLICY_VIOLATION, "too many authentication failures"));
    }
  }
}
