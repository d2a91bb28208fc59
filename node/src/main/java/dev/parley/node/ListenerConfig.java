package dev.parley.node;

import java.net.InetSocketAddress;

/** An address and port to listen on; port 0 means "any free port" (tests). */
public record ListenerConfig(String address, int port) {
  public InetSocketAddress socketAddress() {
    return new InetSocketAddress(address, port);
  }
}
