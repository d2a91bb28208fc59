package dev.parley.store;

import dev.parley.protocol.BareJid;
import java.time.Instant;

/** A message kept for a user who had no available resource (XEP-0160). */
public record OfflineMessage(long id, BareJid owner, String stanzaXml, Instant stored) {}
