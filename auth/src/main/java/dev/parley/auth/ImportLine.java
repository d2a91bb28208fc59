package dev.parley.auth;

import java.util.Optional;

/**
 * One account to import. The password array is wiped by the import once hashed. (A record with an
 * array component compares by identity; lines are never compared, so that is harmless.)
 *
 * @param lineNumber where it came from, for the report (1-based)
 * @param jid the bare JID as written, validated by the import
 * @param password the password as written, prepared with OpaqueString by the import
 * @param email the optional email attribute
 */
public record ImportLine(int lineNumber, String jid, char[] password, Optional<String> email) {}
