/**
 * The JSON payloads of Parley's admin REST API, shared by the server ({@code dev.parley.admin}) and
 * the command-line client ({@code dev.parley.cli}).
 *
 * <p>Every type is a plain record so that Jackson (2.12+) maps it without annotations and this
 * module needs no dependency. Optional values are {@code null} in JSON, never absent-vs-empty
 * tricks; timestamps are ISO-8601 strings ({@link java.time.Instant#toString()}) so that neither
 * side needs Jackson's java.time module. Records carrying a password override {@code toString()} so
 * that a password can never reach a log line by accident.
 */
package dev.parley.admin.model;
