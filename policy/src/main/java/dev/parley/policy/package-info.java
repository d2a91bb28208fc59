/**
 * The federation policy: default Allow or Deny with exceptions, its audit history, and its
 * enforcement where stanzas cross the federation edge.
 */
package dev.parley.policy;
