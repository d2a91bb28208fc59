-- Persistent chat rooms (XEP-0045) of the chat services on chat node aliases (module muc).
-- Same SQL for H2 2.x and PostgreSQL, as V1. Only persistent rooms are stored; occupants and
-- history live in memory. The configuration is one text value written by JdbcRoomStore
-- (one "key=value" line per setting), so a new room setting needs no migration.

CREATE TABLE muc_rooms (
  room_jid     VARCHAR(3071) NOT NULL,
  service      VARCHAR(1023) NOT NULL,
  creator_jid  VARCHAR(3071),
  config       VARCHAR       NOT NULL,
  subject      VARCHAR       NOT NULL,
  subject_by   VARCHAR(1023) NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_muc_rooms PRIMARY KEY (room_jid)
);
-- a chat service loads its rooms at start
CREATE INDEX ix_muc_rooms_service ON muc_rooms (service);

-- Affiliations (owner, admin, member, outcast) and registered nicknames, one row per user and
-- room; affiliation 'none' when the user only registered a nickname.
CREATE TABLE muc_room_users (
  room_jid         VARCHAR(3071) NOT NULL,
  user_jid         VARCHAR(3071) NOT NULL,
  affiliation      VARCHAR(8)    NOT NULL,
  registered_nick  VARCHAR(1023),
  CONSTRAINT pk_muc_room_users PRIMARY KEY (room_jid, user_jid),
  CONSTRAINT fk_muc_room_users_room FOREIGN KEY (room_jid) REFERENCES muc_rooms (room_jid)
    ON DELETE CASCADE
);
