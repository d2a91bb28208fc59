package dev.parley.admin.model;

/**
 * A line of a bulk import that was not imported.
 *
 * @param line the 1-based line number in the uploaded file
 * @param reason why the line was refused; never contains the password
 */
public record LineError(int line, String reason) {}
