/** The JDBC {@link dev.parley.muc.RoomStore}: persistent chat rooms in H2 or PostgreSQL. */
package dev.parley.muc.jdbc;
