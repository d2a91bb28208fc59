package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The owner and admin lists as fields of the configuration form (muc#roomconfig_roomowners and
 * muc#roomconfig_roomadmins, XEP-0045 §10.2 and §15.5.3): rendered with the current lists, and read
 * back as the affiliation changes they ask for.
 */
final class FormAffiliations {
  static final String OWNERS = "muc#roomconfig_roomowners";
  static final String ADMINS = "muc#roomconfig_roomadmins";

  /** The changes a submitted form asks for, or the error refusing it. */
  record Changes(Map<BareJid, Affiliation> changes, Optional<StanzaError> error) {
    static Changes refused(StanzaErrorCondition condition, String text) {
      return new Changes(Map.of(), Optional.of(StanzaError.of(condition, text)));
    }
  }

  private FormAffiliations() {}

  static Element fields(Element form, Room room) {
    return form.toBuilder()
        .child(list(OWNERS, "Owners", room.withAffiliation(Affiliation.OWNER)))
        .child(list(ADMINS, "Admins", room.withAffiliation(Affiliation.ADMIN)))
        .build();
  }

  private static Element list(String var, String label, List<BareJid> users) {
    return DataForms.field(var, "jid-multi", label, users.stream().map(Object::toString).toList());
  }

  static Changes read(Element form, Room room) {
    Map<String, List<String>> values = DataForms.values(form);
    Optional<Set<BareJid>> owners;
    Optional<Set<BareJid>> admins;
    try {
      owners = Optional.ofNullable(values.get(OWNERS)).map(FormAffiliations::jids);
      admins = Optional.ofNullable(values.get(ADMINS)).map(FormAffiliations::jids);
    } catch (JidFormatException e) {
      return Changes.refused(StanzaErrorCondition.NOT_ACCEPTABLE, "invalid JID in the lists");
    }
    if (owners.filter(Set::isEmpty).isPresent()) {
      // §10.6: a room keeps at least one owner.
      return Changes.refused(StanzaErrorCondition.CONFLICT, "a room needs at least one owner");
    }
    Map<BareJid, Affiliation> wanted = new LinkedHashMap<>();
    admins.ifPresent(
        list -> {
          room.withAffiliation(Affiliation.ADMIN).forEach(u -> wanted.put(u, Affiliation.NONE));
          list.forEach(u -> wanted.put(u, Affiliation.ADMIN));
        });
    owners.ifPresent(
        list -> {
          room.withAffiliation(Affiliation.OWNER)
              .forEach(
                  u ->
                      wanted.put(
                          u,
                          admins.filter(a -> a.contains(u)).isPresent()
                              ? Affiliation.ADMIN
                              : Affiliation.NONE));
          list.forEach(u -> wanted.put(u, Affiliation.OWNER));
        });
    wanted.entrySet().removeIf(e -> room.affiliation(e.getKey()) == e.getValue());
    return new Changes(wanted, Optional.empty());
  }

  private static Set<BareJid> jids(List<String> values) {
    Set<BareJid> jids = new LinkedHashSet<>();
    for (String value : values) {
      if (!value.isBlank()) {
        jids.add(Room.asBare(Jid.parse(value.trim())));
      }
    }
    return jids;
  }
}
