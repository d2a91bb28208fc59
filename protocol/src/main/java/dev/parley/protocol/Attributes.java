package dev.parley.protocol;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The immutable attribute map of an {@link Element}: keys and values in one array, in insertion
 * order, looked up by a linear scan. Stanzas carry a handful of attributes, so this beats a hash
 * map in both time and space, and an element made from another element's attributes shares them
 * instead of copying. The load profile (docs/PERFORMANCE.md, "Profiling findings (session 2)") had
 * the per-element {@code LinkedHashMap} copies at about a fifth of the bytes allocated per chat
 * message.
 *
 * <p>Behaves like any unmodifiable {@link Map}: {@code equals} and {@code hashCode} follow the
 * {@code Map} contract, so it compares equal to a {@code LinkedHashMap} with the same entries.
 */
final class Attributes extends AbstractMap<String, String> {
  static final Attributes EMPTY = new Attributes(new String[0]);

  /** Key at {@code 2i}, value at {@code 2i + 1}. */
  private final String[] pairs;

  private Attributes(String[] pairs) {
    this.pairs = pairs;
  }

  /** {@code map} itself when it is already one of these, otherwise a copy in its order. */
  static Attributes of(Map<String, String> map) {
    if (map instanceof Attributes attributes) {
      return attributes;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    String[] pairs = new String[map.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> entry : map.entrySet()) {
      pairs[i++] = Objects.requireNonNull(entry.getKey(), "attribute name");
      pairs[i++] = entry.getValue();
    }
    return new Attributes(pairs);
  }

  /**
   * Attributes being collected by an {@link Element.Builder}: a later value for the same name
   * replaces the earlier one in place, as a map would.
   */
  static final class Draft {
    private String[] pairs = new String[8];
    private int length;

    void put(String key, String value) {
      Objects.requireNonNull(key, "attribute name");
      for (int i = 0; i < length; i += 2) {
        if (pairs[i].equals(key)) {
          pairs[i + 1] = value;
          return;
        }
      }
      if (length == pairs.length) {
        pairs = Arrays.copyOf(pairs, length * 2);
      }
      pairs[length++] = key;
      pairs[length++] = value;
    }

    /** The attributes so far; the draft stays usable and does not share its array. */
    Attributes freeze() {
      return length == 0 ? EMPTY : new Attributes(Arrays.copyOf(pairs, length));
    }
  }

  /** These attributes with {@code key} set to {@code value}, in place if present, else last. */
  Attributes with(String key, String value) {
    int index = indexOf(key);
    String[] copy;
    if (index >= 0) {
      copy = pairs.clone();
    } else {
      copy = Arrays.copyOf(pairs, pairs.length + 2);
      index = pairs.length;
      copy[index] = key;
    }
    copy[index + 1] = value;
    return new Attributes(copy);
  }

  /** These attributes without {@code key}. */
  Attributes without(String key) {
    int index = indexOf(key);
    if (index < 0) {
      return this;
    }
    String[] copy = new String[pairs.length - 2];
    System.arraycopy(pairs, 0, copy, 0, index);
    System.arraycopy(pairs, index + 2, copy, index, pairs.length - index - 2);
    return new Attributes(copy);
  }

  private int indexOf(Object key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String get(Object key) {
    int index = indexOf(key);
    return index < 0 ? null : pairs[index + 1];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return pairs.length / 2;
  }

  @Override
  public boolean isEmpty() {
    return pairs.length == 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < pairs.length; i += 2) {
      action.accept(pairs[i], pairs[i + 1]);
    }
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < pairs.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= pairs.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> entry =
                new AbstractMap.SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
            next += 2;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return pairs.length / 2;
      }
    };
  }
}
