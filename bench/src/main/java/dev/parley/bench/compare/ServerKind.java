package dev.parley.bench.compare;

import java.io.IOException;
import java.nio.file.Path;

/** The servers {@code compare} knows, each with its adapter. */
public enum ServerKind {
  PARLEY("127.0.0.81"),
  PROSODY("127.0.0.82"),
  EJABBERD("127.0.0.83");

  private final String address;

  ServerKind(String address) {
    this.address = address;
  }

  /** The loopback address this server binds in a comparison. */
  public String address() {
    return address;
  }

  /**
   * Starts this server with {@code setup}.
   *
   * @param parleyHome the Parley distribution ({@code dist/target/parley}); used for Parley only
   * @param jfr where to write a JFR recording of Parley's run, or null for none
   */
  public BenchServer start(ServerSetup setup, Path parleyHome, Path jfr)
      throws IOException, InterruptedException {
    return switch (this) {
      case PARLEY -> ParleyServer.start(setup, parleyHome, jfr);
      case PROSODY -> ProsodyServer.start(setup);
      case EJABBERD -> EjabberdServer.start(setup);
    };
  }
}
