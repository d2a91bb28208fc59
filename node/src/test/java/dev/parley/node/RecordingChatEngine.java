package dev.parley.node;

import dev.parley.protocol.DomainJid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for the chat engine: counts persistent rooms per alias from a map and records every
 * call it gets, in order.
 */
final class RecordingChatEngine implements PersistentRoomCounter, ChatAliasListener {

  final Map<String, Integer> rooms = new TreeMap<>();
  final List<String> calls = new ArrayList<>();

  @Override
  public int persistentRooms(DomainJid alias) {
    return rooms.getOrDefault(alias.domain(), 0);
  }

  @Override
  public void destroyRooms(DomainJid alias, String reason) {
    calls.add("destroy " + alias + ": " + reason);
    rooms.remove(alias.domain());
  }

  @Override
  public void aliasAdded(ChatAlias alias) {
    calls.add("added " + alias.domain());
  }

  @Override
  public void aliasRemoved(ChatAlias alias) {
    calls.add("removed " + alias.domain());
  }
}
