package dev.parley.muc;

import dev.parley.protocol.Message;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The last groupchat messages of a room, bounded, for history on join (XEP-0045 §7.2.15). Not
 * thread-safe: the room's lock guards it.
 */
final class HistoryBuffer {

  /** A message as the room broadcast it (from the occupant's room JID, no {@code to}). */
  record Entry(Message message, Instant at, int chars) {}

  private final Deque<Entry> entries = new ArrayDeque<>();
  private int capacity;

  HistoryBuffer(int capacity) {
    this.capacity = capacity;
  }

  void capacity(int newCapacity) {
    capacity = newCapacity;
    trim();
  }

  void add(Message message, Instant at) {
    if (capacity == 0) {
      return;
    }
    entries.addLast(new Entry(message, at, message.element().toString().length()));
    trim();
  }

  private void trim() {
    while (entries.size() > capacity) {
      entries.removeFirst();
    }
  }

  /**
   * The newest entries that satisfy every limit of the request, oldest first. Limits combine: the
   * result is what all of them allow (§7.2.15: "the service MUST send the smallest amount").
   */
  List<Entry> select(HistoryRequest request, Instant now) {
    List<Entry> newestFirst = new ArrayList<>();
    int chars = 0;
    Iterator<Entry> it = entries.descendingIterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (request.maxStanzas().isPresent()
          && newestFirst.size() >= request.maxStanzas().getAsInt()) {
        break;
      }
      if (request.seconds().isPresent()
          && entry.at().isBefore(now.minusSeconds(request.seconds().getAsLong()))) {
        break;
      }
      if (request.since().isPresent() && !entry.at().isAfter(request.since().get())) {
        break;
      }
      if (request.maxChars().isPresent() && chars + entry.chars() > request.maxChars().getAsInt()) {
        break;
      }
      chars += entry.chars();
      newestFirst.add(entry);
    }
    return newestFirst.reversed();
  }

  int size() {
    return entries.size();
  }
}
