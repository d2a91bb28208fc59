package dev.parley.federation;

/** Where an outbound server stream is in its negotiation (RFC 6120 §4-§6, XEP-0220). */
sealed interface OutboundState {
  record AwaitingHeader() implements OutboundState {}

  record AwaitingFeatures() implements OutboundState {}

  record StartingTls() implements OutboundState {}

  record SaslExternal() implements OutboundState {}

  record Dialback() implements OutboundState {}

  record Established() implements OutboundState {}

  record Done() implements OutboundState {}
}
