/**
 * The composition root: reads the bootstrap file, builds every object by constructor injection,
 * starts and stops the node's services, and holds {@code main()}.
 */
package dev.parley.node;
