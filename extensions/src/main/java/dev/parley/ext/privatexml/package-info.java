/** XEP-0049 Private XML Storage, kept in the payload store one element per key. */
package dev.parley.ext.privatexml;
