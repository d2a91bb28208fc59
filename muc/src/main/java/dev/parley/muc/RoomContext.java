package dev.parley.muc;

import dev.parley.protocol.DomainJid;
import java.time.Clock;

/** What every room handler of one service shares: its domain, settings, clock and presences. */
record RoomContext(
    DomainJid service, MucSettings settings, Clock clock, OccupantPresences presences) {}
