package dev.parley.muc.jdbc;

import dev.parley.muc.AllowPm;
import dev.parley.muc.Role;
import dev.parley.muc.RoomConfig;
import dev.parley.muc.Whois;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A room configuration as text: one {@code key=value} line per setting, values URL-encoded. Keys
 * missing from older rows take the defaults of a new room, so settings can be added freely.
 */
final class RoomConfigCodec {
  private RoomConfigCodec() {}

  static String encode(RoomConfig c) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("name", c.name());
    v.put("description", c.description());
    v.put("language", c.language());
    v.put("persistent", Boolean.toString(c.persistent()));
    v.put("public", Boolean.toString(c.isPublic()));
    v.put("membersonly", Boolean.toString(c.membersOnly()));
    v.put("moderated", Boolean.toString(c.moderated()));
    v.put("password", c.password().orElse(""));
    v.put("whois", c.whois().xmlValue());
    v.put("maxusers", Integer.toString(c.maxUsers()));
    v.put("changesubject", Boolean.toString(c.changeSubject()));
    v.put("allowinvites", Boolean.toString(c.allowInvites()));
    v.put("allowpm", c.allowPm().xmlValue());
    v.put("getmemberlist", roles(c.getMemberList()));
    v.put("presencebroadcast", roles(c.presenceBroadcast()));
    v.put("historylength", Integer.toString(c.historyLength()));
    v.put("logging", Boolean.toString(c.logging()));
    return v.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("\n"));
  }

  static RoomConfig decode(String text, RoomConfig defaults) {
    Map<String, String> v = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        v.put(
            line.substring(0, eq),
            URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    try {
      return new RoomConfig(
          v.getOrDefault("name", defaults.name()),
          v.getOrDefault("description", defaults.description()),
          v.getOrDefault("language", defaults.language()),
          bool(v, "persistent", defaults.persistent()),
          bool(v, "public", defaults.isPublic()),
          bool(v, "membersonly", defaults.membersOnly()),
          bool(v, "moderated", defaults.moderated()),
          Optional.ofNullable(v.get("password")).or(defaults::password),
          Optional.ofNullable(v.get("whois")).flatMap(Whois::parse).orElse(defaults.whois()),
          Integer.parseInt(v.getOrDefault("maxusers", Integer.toString(defaults.maxUsers()))),
          bool(v, "changesubject", defaults.changeSubject()),
          bool(v, "allowinvites", defaults.allowInvites()),
          Optional.ofNullable(v.get("allowpm")).flatMap(AllowPm::parse).orElse(defaults.allowPm()),
          roles(v.get("getmemberlist"), defaults.getMemberList()),
          roles(v.get("presencebroadcast"), defaults.presenceBroadcast()),
          Integer.parseInt(
              v.getOrDefault("historylength", Integer.toString(defaults.historyLength()))),
          bool(v, "logging", defaults.logging()));
    } catch (IllegalArgumentException e) {
      throw new MucStoreException("unreadable room configuration: " + e.getMessage(), e);
    }
  }

  private static boolean bool(Map<String, String> v, String key, boolean fallback) {
    String value = v.get(key);
    return value == null ? fallback : Boolean.parseBoolean(value);
  }

  private static String roles(Set<Role> roles) {
    return roles.stream().sorted().map(Role::xmlValue).collect(Collectors.joining(","));
  }

  private static Set<Role> roles(String value, Set<Role> fallback) {
    if (value == null) {
      return fallback;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(value.split(","))
        .filter(s -> !s.isEmpty())
        .forEach(
            s ->
                roles.add(
                    Role.parse(s).orElseThrow(() -> new MucStoreException("unknown role " + s))));
    return roles;
  }
}
