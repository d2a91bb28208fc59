package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The muc#roomconfig form (XEP-0045 §10.2, fields of §15.5.3) to and from {@link RoomConfig}.
 * Unknown fields are ignored; a known field with a value the service cannot accept refuses the
 * whole form with not-acceptable.
 */
final class RoomConfigForm {
  static final String HISTORY = "muc#maxhistoryfetch";
  private static final String P = "muc#roomconfig_";
  private static final List<String> ROLES = List.of("moderator", "participant", "visitor");

  private RoomConfigForm() {}

  /** The result of reading a submitted form: a configuration or the error to answer with. */
  record Parsed(Optional<RoomConfig> config, Optional<StanzaError> error) {
    static Parsed refused(String text) {
      return new Parsed(
          Optional.empty(), Optional.of(StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE, text)));
    }
  }

  static Element render(RoomConfig c, MucSettings settings) {
    Element.Builder form = DataForms.form("form", MucNs.ROOMCONFIG);
    form.textChild("title", MucNs.DATA, "Room configuration");
    form.child(DataForms.field(P + "roomname", "text-single", "Name", c.name()));
    form.child(DataForms.field(P + "roomdesc", "text-single", "Description", c.description()));
    form.child(DataForms.field(P + "lang", "text-single", "Language", c.language()));
    form.child(DataForms.bool(P + "persistentroom", "Persistent", c.persistent()));
    form.child(DataForms.bool(P + "publicroom", "Listed in the directory", c.isPublic()));
    form.child(DataForms.bool(P + "membersonly", "Members only", c.membersOnly()));
    form.child(DataForms.bool(P + "moderatedroom", "Moderated", c.moderated()));
    form.child(DataForms.bool(P + "passwordprotectedroom", "Password", c.passwordProtected()));
    form.child(
        DataForms.field(P + "roomsecret", "text-private", "Password", c.password().orElse("")));
    form.child(
        DataForms.list(
            P + "whois",
            "list-single",
            "Who may see real JIDs",
            List.of(c.whois().xmlValue()),
            List.of("moderators", "anyone")));
    form.child(
        DataForms.list(
            P + "maxusers",
            "list-single",
            "Maximum occupants",
            List.of(c.maxUsers() == 0 ? "none" : Integer.toString(c.maxUsers())),
            List.of("10", "20", "30", "50", "100", "none")));
    form.child(
        DataForms.bool(P + "changesubject", "Occupants may change the subject", c.changeSubject()));
    form.child(DataForms.bool(P + "allowinvites", "Occupants may invite", c.allowInvites()));
    form.child(
        DataForms.list(
            P + "allowpm",
            "list-single",
            "Who may send private messages",
            List.of(c.allowPm().xmlValue()),
            List.of("anyone", "participants", "moderators", "none")));
    form.child(
        DataForms.list(
            P + "getmemberlist",
            "list-multi",
            "Roles that may see members",
            roles(c.getMemberList()),
            ROLES));
    form.child(
        DataForms.list(
            P + "presencebroadcast",
            "list-multi",
            "Roles whose presence is " + "broadcast",
            roles(c.presenceBroadcast()),
            ROLES));
    form.child(
        DataForms.field(
            HISTORY,
            "text-single",
            "History messages (at most " + settings.historySize() + ")",
            Integer.toString(c.historyLength())));
    form.child(DataForms.bool(P + "enablelogging", "Announce logging", c.logging()));
    return form.build();
  }

  private static List<String> roles(Set<Role> roles) {
    return ROLES.stream().filter(r -> roles.contains(Role.parse(r).orElseThrow())).toList();
  }

  /** Reads a submitted form over the current configuration. */
  static Parsed parse(Element form, RoomConfig current, MucSettings settings) {
    Map<String, List<String>> v = DataForms.values(form);
    FieldReader r = new FieldReader(v);
    try {
      Optional<String> secret = r.text(P + "roomsecret");
      boolean protectedRoom =
          r.bool(
              P + "passwordprotectedroom",
              current.passwordProtected() || secret.filter(s -> !s.isEmpty()).isPresent());
      Optional<String> password =
          protectedRoom ? secret.or(current::password).filter(s -> !s.isEmpty()) : Optional.empty();
      if (protectedRoom && password.isEmpty()) {
        return Parsed.refused("a password-protected room needs a password");
      }
      int maxUsers = r.maxUsers(P + "maxusers", current.maxUsers());
      if (maxUsers > settings.maxOccupantsPerRoom()) {
        return Parsed.refused("at most " + settings.maxOccupantsPerRoom() + " occupants");
      }
      int history = r.integer(P + "historylength", r.integer(HISTORY, current.historyLength()));
      if (history > settings.historySize()) {
        return Parsed.refused("at most " + settings.historySize() + " messages of history");
      }
      RoomConfig config =
          new RoomConfig(
              r.text(P + "roomname").orElse(current.name()),
              r.text(P + "roomdesc").orElse(current.description()),
              r.text(P + "lang").orElse(current.language()),
              r.bool(P + "persistentroom", current.persistent()),
              r.bool(P + "publicroom", current.isPublic()),
              r.bool(P + "membersonly", current.membersOnly()),
              r.bool(P + "moderatedroom", current.moderated()),
              password,
              r.text(P + "whois")
                  .map(w -> Whois.parse(w).orElseThrow(() -> bad("whois")))
                  .orElse(current.whois()),
              maxUsers,
              r.bool(P + "changesubject", current.changeSubject()),
              r.bool(P + "allowinvites", current.allowInvites()),
              r.text(P + "allowpm")
                  .map(a -> AllowPm.parse(a).orElseThrow(() -> bad("allowpm")))
                  .orElse(current.allowPm()),
              r.roles(P + "getmemberlist", current.getMemberList()),
              r.roles(P + "presencebroadcast", current.presenceBroadcast()),
              history,
              r.bool(P + "enablelogging", current.logging()));
      return new Parsed(Optional.of(config), Optional.empty());
    } catch (IllegalArgumentException e) {
      return Parsed.refused(e.getMessage());
    }
  }

  private static IllegalArgumentException bad(String field) {
    return new IllegalArgumentException("invalid value for " + field);
  }

  /** Typed access to submitted values; invalid values throw IllegalArgumentException. */
  private record FieldReader(Map<String, List<String>> values) {
    Optional<String> text(String var) {
      List<String> list = values.get(var);
      return list == null ? Optional.empty() : Optional.of(list.isEmpty() ? "" : list.get(0));
    }

    boolean bool(String var, boolean fallback) {
      return text(var)
          .map(
              s ->
                  switch (s.trim()) {
                    case "1", "true" -> true;
                    case "0", "false", "" -> false;
                    default -> throw bad(var);
                  })
          .orElse(fallback);
    }

    int integer(String var, int fallback) {
      Optional<String> value = text(var);
      if (value.isEmpty() || value.get().isBlank()) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(value.get().trim());
        if (parsed < 0) {
          throw bad(var);
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw bad(var);
      }
    }

    int maxUsers(String var, int fallback) {
      Optional<String> value = text(var);
      if (value.isPresent() && (value.get().equals("none") || value.get().isBlank())) {
        return 0;
      }
      return integer(var, fallback);
    }

    Set<Role> roles(String var, Set<Role> fallback) {
      List<String> list = values.get(var);
      if (list == null) {
        return fallback;
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String value : list) {
        Role role =
            Role.parse(value.trim()).filter(x -> x != Role.NONE).orElseThrow(() -> bad(var));
        roles.add(role);
      }
      return roles;
    }
  }
}
