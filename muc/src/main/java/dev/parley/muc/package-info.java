/** Multi-user chat (XEP-0045): rooms served on chat node aliases, joinable over federation. */
package dev.parley.muc;
