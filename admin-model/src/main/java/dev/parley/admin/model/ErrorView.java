package dev.parley.admin.model;

/**
 * The body of every error response.
 *
 * @param status the HTTP status code, repeated so that the body stands alone
 * @param message what went wrong, fit for an administrator; never contains a password
 */
public record ErrorView(int status, String message) {}
