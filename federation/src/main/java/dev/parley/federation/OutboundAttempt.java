package dev.parley.federation;

/** Told how an outbound stream's negotiation ends. */
interface OutboundAttempt {

  void established(OutboundStreamHandler stream);

  /**
   * The attempt failed. {@code retryWithoutTls} when TLS could not be established under TLS
   * Optional, so a plaintext attempt with dialback should follow (the seed's fallback).
   */
  void failed(FederationFailure failure, boolean retryWithoutTls);

  /** An established stream closed. */
  void closed(OutboundStreamHandler stream);
}
