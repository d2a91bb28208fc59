package dev.parley.node;

import dev.parley.protocol.DomainJid;
import dev.parley.store.SettingsStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The chat node aliases, kept cluster-wide in the settings store as one document, so that every
 * node sharing the database serves the same aliases. "Nothing stored" (the first start) and "no
 * aliases" (all removed) are different: only the first gets the default aliases.
 */
final class ChatAliasRepository {
  private static final String KEY = "chat.aliases";
  private static final String LIST = "aliases";
  private static final String PREFIX = "alias.";
  private final SettingsStore store;

  ChatAliasRepository(SettingsStore store) {
    this.store = store;
  }

  /** The stored aliases in the order they were added; empty when nothing was ever stored. */
  Optional<List<ChatAlias>> load() {
    return store.get(KEY).map(ChatAliasRepository::decode);
  }

  void save(List<ChatAlias> aliases) {
    store.put(KEY, encode(aliases));
  }

  private static String encode(List<ChatAlias> aliases) {
    Properties properties = new Properties();
    List<String> domains = new ArrayList<>();
    for (ChatAlias alias : aliases) {
      String domain = alias.domain().domain();
      domains.add(domain);
      properties.setProperty(PREFIX + domain + ".visibility", alias.defaultVisibility().name());
      alias
          .endpoint()
          .ifPresent(
              endpoint -> {
                properties.setProperty(PREFIX + domain + ".address", endpoint.address());
                properties.setProperty(
                    PREFIX + domain + ".port", Integer.toString(endpoint.port()));
              });
    }
    properties.setProperty(LIST, String.join(",", domains));
    StringWriter text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<ChatAlias> decode(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ChatAlias> aliases = new ArrayList<>();
    String list = properties.getProperty(LIST, "");
    for (String domain : list.isEmpty() ? new String[0] : list.split(",")) {
      String address = properties.getProperty(PREFIX + domain + ".address");
      String port = properties.getProperty(PREFIX + domain + ".port");
      aliases.add(
          new ChatAlias(
              new DomainJid(domain),
              ChatRoomVisibility.valueOf(
                  properties.getProperty(PREFIX + domain + ".visibility", "PUBLIC")),
              address == null
                  ? Optional.empty()
                  : Optional.of(new AliasEndpoint(address, Integer.parseInt(port)))));
    }
    return aliases;
  }
}
