package dev.parley.store;

import dev.parley.protocol.BareJid;
import java.util.Optional;

/**
 * Per-user XML payloads keyed by a name: vcard-temp (XEP-0054, key {@code vcard}) and private XML
 * storage (XEP-0049, key {@code private:<element>:<namespace>}).
 */
public interface PayloadStore {

  Optional<String> get(BareJid owner, String key);

  void put(BareJid owner, String key, String xml);

  void delete(BareJid owner, String key);
}
