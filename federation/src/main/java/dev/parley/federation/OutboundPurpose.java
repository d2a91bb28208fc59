package dev.parley.federation;

import java.util.concurrent.CompletableFuture;

/** Why an outbound server stream is opened. */
sealed interface OutboundPurpose {

  /**
   * What the stream sends to authenticate: {@code <db:result/>} with our key (XEP-0185) to deliver,
   * or the {@code <db:verify/>} it was opened for.
   */
  default dev.parley.protocol.Element firstDialbackElement(
      DialbackKeys keys, String local, String remote, String peerStreamId) {
    return switch (this) {
      case Deliver d ->
          ServerNamespaces.result(local, remote, keys.key(remote, local, peerStreamId));
      case Verify v ->
          ServerNamespaces.verify(v.receiving(), v.originating(), v.streamId(), v.key());
    };
  }

  /** To carry stanzas from a local domain to a remote one, once authenticated. */
  record Deliver(OutboundRoute route) implements OutboundPurpose {}

  /**
   * To ask the authoritative server of {@code originating} whether {@code key} is right (XEP-0220
   * §2.3, db:verify); the answer (or why there is none) completes {@code answer}.
   */
  record Verify(
      String receiving,
      String originating,
      String streamId,
      String key,
      CompletableFuture<DialbackVerdict> answer)
      implements OutboundPurpose {}
}
