/** Email addresses as federated addresses: local users appear to federated peers by email. */
package dev.parley.email;
