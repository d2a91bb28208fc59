/** XEP-0092 Software Version of the server. */
package dev.parley.ext.version;
