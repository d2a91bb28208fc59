package dev.parley.muc.jdbc;

import dev.parley.muc.Affiliation;
import dev.parley.muc.MucSettings;
import dev.parley.muc.RoomConfig;
import dev.parley.muc.RoomStore;
import dev.parley.muc.StoredRoom;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Persistent chat rooms in the node's database (tables {@code muc_rooms} and {@code
 * muc_room_users}, migration V10). Works on H2 and PostgreSQL with the same SQL. Calls block; the
 * chat service makes them from its persistence executor.
 */
public final class JdbcRoomStore implements RoomStore {
  private final DataSource dataSource;
  private final Clock clock;
  private final RoomConfig defaults;

  /**
   * @param dataSource a migrated database (for example {@code JdbcStores.dataSource()})
   * @param settings the service's settings: defaults for configuration keys older rows lack
   */
  public JdbcRoomStore(DataSource dataSource, MucSettings settings) {
    this(dataSource, settings, Clock.systemUTC());
  }

  public JdbcRoomStore(DataSource dataSource, MucSettings settings, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.defaults = RoomConfig.defaults(settings.roomsPublicByDefault(), settings.historySize());
  }

  @Override
  public List<StoredRoom> loadAll(DomainJid service) {
    try (Connection c = dataSource.getConnection()) {
      Map<BareJid, Map<BareJid, Affiliation>> affiliations = new HashMap<>();
      Map<BareJid, Map<BareJid, String>> nicks = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT u.room_jid, u.user_jid, u.affiliation, u.registered_nick"
                  + " FROM muc_room_users u JOIN muc_rooms r ON r.room_jid = u.room_jid"
                  + " WHERE r.service = ?")) {
        s.setString(1, service.domain());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            BareJid room = Jid.parseBare(rs.getString(1));
            BareJid user = Jid.parseBare(rs.getString(2));
            Affiliation affiliation =
                Affiliation.parse(rs.getString(3))
                    .orElseThrow(() -> new MucStoreException("unknown affiliation in " + room));
            if (affiliation != Affiliation.NONE) {
              affiliations.computeIfAbsent(room, r -> new HashMap<>()).put(user, affiliation);
            }
            Optional.ofNullable(rs.getString(4))
                .ifPresent(n -> nicks.computeIfAbsent(room, r -> new HashMap<>()).put(user, n));
          }
        }
      }
      return rooms(c, service, affiliations, nicks);
    } catch (SQLException e) {
      throw new MucStoreException("cannot load the rooms of " + service, e);
    }
  }

  private List<StoredRoom> rooms(
      Connection c,
      DomainJid service,
      Map<BareJid, Map<BareJid, Affiliation>> affiliations,
      Map<BareJid, Map<BareJid, String>> nicks)
      throws SQLException {
    List<StoredRoom> rooms = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT room_jid, creator_jid, config, subject, subject_by FROM muc_rooms"
                + " WHERE service = ? ORDER BY room_jid")) {
      s.setString(1, service.domain());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          BareJid room = Jid.parseBare(rs.getString(1));
          rooms.add(
              new StoredRoom(
                  room,
                  Optional.ofNullable(rs.getString(2)).map(Jid::parseBare),
                  RoomConfigCodec.decode(rs.getString(3), defaults),
                  affiliations.getOrDefault(room, Map.of()),
                  nicks.getOrDefault(room, Map.of()),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    }
    return rooms;
  }

  @Override
  public void save(StoredRoom room) {
    inTransaction(
        "save room " + room.jid(),
        c -> {
          delete(c, room.jid());
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO muc_rooms (room_jid, service, creator_jid, config, subject,"
                      + " subject_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, room.jid().toString());
            s.setString(2, room.jid().domain());
            s.setString(3, room.creator().map(BareJid::toString).orElse(null));
            s.setString(4, RoomConfigCodec.encode(room.config()));
            s.setString(5, room.subject());
            s.setString(6, room.subjectBy());
            s.setObject(7, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.executeUpdate();
          }
          insertUsers(c, room);
        });
  }

  private static void insertUsers(Connection c, StoredRoom room) throws SQLException {
    Map<BareJid, String[]> rows = new LinkedHashMap<>();
    room.affiliations().forEach((u, a) -> rows.put(u, new String[] {a.xmlValue(), null}));
    room.registeredNicks()
        .forEach((u, n) -> rows.computeIfAbsent(u, x -> new String[] {"none", null})[1] = n);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO muc_room_users (room_jid, user_jid, affiliation, registered_nick)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<BareJid, String[]> row : rows.entrySet()) {
        s.setString(1, room.jid().toString());
        s.setString(2, row.getKey().toString());
        s.setString(3, row.getValue()[0]);
        s.setString(4, row.getValue()[1]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public void delete(BareJid room) {
    inTransaction("delete room " + room, c -> delete(c, room));
  }

  private static void delete(Connection c, BareJid room) throws SQLException {
    // Users first: the foreign key cascades, but explicit order keeps H2 and PostgreSQL alike.
    for (String table : List.of("muc_room_users", "muc_rooms")) {
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM " + table + " WHERE room_jid = ?")) {
        s.setString(1, room.toString());
        s.executeUpdate();
      }
    }
  }

  @FunctionalInterface
  private interface SqlWork {
    void run(Connection connection) throws SQLException;
  }

  private void inTransaction(String what, SqlWork work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new MucStoreException("cannot " + what, e);
    }
  }
}
