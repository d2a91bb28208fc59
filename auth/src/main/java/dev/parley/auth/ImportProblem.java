package dev.parley.auth;

/**
 * A line that was not imported, with a reason fit for an administrator (never the password).
 *
 * @param lineNumber the 1-based line number in the input
 * @param reason why the line was skipped
 */
public record ImportProblem(int lineNumber, String reason) {}
