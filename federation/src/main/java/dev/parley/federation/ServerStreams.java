package dev.parley.federation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every live server stream of this node, inbound and outbound. */
public final class ServerStreams {
  private final Map<String, ServerStream> streams = new ConcurrentHashMap<>();

  void add(ServerStream stream) {
    streams.put(stream.id(), stream);
  }

  void remove(ServerStream stream) {
    streams.remove(stream.id(), stream);
  }

  public List<ServerStream.Snapshot> snapshots() {
    return streams.values().stream().map(ServerStream::snapshot).toList();
  }

  public Optional<ServerStream> find(String id) {
    return Optional.ofNullable(streams.get(id));
  }

  Collection<ServerStream> all() {
    return List.copyOf(streams.values());
  }
}
