/** Tests of the RFC 6121 rules through a real router, with in-memory stores and sessions. */
package dev.parley.im;
