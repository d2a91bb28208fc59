/** XEP-0202 Entity Time of the server. */
package dev.parley.ext.time;
