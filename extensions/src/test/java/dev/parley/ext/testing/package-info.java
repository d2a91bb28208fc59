/** In-memory collaborators and helpers for the extension tests. */
package dev.parley.ext.testing;
