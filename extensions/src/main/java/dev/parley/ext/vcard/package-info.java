/** XEP-0054 vcard-temp: one vCard per account, kept in the payload store. */
package dev.parley.ext.vcard;
