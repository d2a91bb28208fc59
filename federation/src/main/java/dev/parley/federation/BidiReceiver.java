package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.StreamError;
import dev.parley.transport.SerialExecutor;
import java.util.List;
import java.util.Optional;

/**
 * The reverse direction of an outbound server stream made bidirectional (XEP-0288): stanzas the
 * peer sends back on the connection we opened. We connected to the remote domain and authenticated
 * it (DNS, and its certificate where TLS validates), so it may send from that domain to each local
 * domain the peer accepted from us on the stream (XEP-0288 §3), and nothing else.
 */
final class BidiReceiver {
  private final FederationContext context;
  private final String remote;
  private final StreamAuthorizations authorized = new StreamAuthorizations();
  private final SerialExecutor serial;

  BidiReceiver(FederationContext context, String remote) {
    this.context = context;
    this.remote = remote;
    this.serial = new SerialExecutor(context.blocking());
  }

  /** Whether to ask for it: allowed by the setting, for delivery, and offered by the peer. */
  static boolean wanted(FederationContext context, OutboundPurpose purpose, Element features) {
    return context.bidi()
        && purpose instanceof OutboundPurpose.Deliver
        && features.child("bidi", ServerNamespaces.BIDI_FEATURE).isPresent();
  }

  /** The peer accepted {@code local} on the stream: it may send to it. */
  void authorize(String local) {
    authorized.authorize(remote, List.of(local));
  }

  /** Routes an accepted stanza in order; the stream error when it must be refused. */
  Optional<StreamError> receive(Element element) {
    return switch (authorized.check(element, context.domains())) {
      case StreamAuthorizations.Refused refused -> Optional.of(refused.error());
      case StreamAuthorizations.Accepted accepted -> {
        serial.execute(() -> context.router().route(accepted.stanza()));
        yield Optional.empty();
      }
    };
  }
}
