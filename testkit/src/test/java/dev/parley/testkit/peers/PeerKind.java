package dev.parley.testkit.peers;

/** The two peer servers, so one test can run against each. */
enum PeerKind {
  PROSODY("prosody.test"),
  EJABBERD("ejabberd.test");

  private final String domain;

  PeerKind(String domain) {
    this.domain = domain;
  }

  String domain() {
    return domain;
  }

  XmppPeer start(PeerConfig config) {
    return switch (this) {
      case PROSODY -> ProsodyPeer.start(config);
      case EJABBERD -> EjabberdPeer.start(config);
    };
  }
}
