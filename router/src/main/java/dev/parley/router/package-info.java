/**
 * Routing and delivery: the RFC 6121 §8 rules (docs/ROUTING.md), the single-node session directory
 * and the registry through which features plug in.
 */
package dev.parley.router;
