/**
 * {@code parley} admin commands: picocli commands that call the node's admin REST API over HTTP and
 * never touch server internals.
 *
 * <p>{@link dev.parley.cli.ParleyCli} builds the command tree by constructor injection (each leaf
 * command gets the {@link dev.parley.cli.Terminal} it reads passwords from). {@link
 * dev.parley.cli.ConnectionOptions} finds the node: by default the URL and bearer token the node
 * wrote into its data directory, or {@code --url}/{@code --user} with an admin password for a
 * remote node. All output goes through picocli's writers, so tests capture it.
 */
package dev.parley.cli;
