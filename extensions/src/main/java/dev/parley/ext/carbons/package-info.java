/** XEP-0280 Message Carbons: per-session opt-in, sent and received copies (XEP-0297). */
package dev.parley.ext.carbons;
