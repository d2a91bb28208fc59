/**
 * XEP-0077 In-Band Registration: sign-up before authentication (called by the client connection
 * manager), password change and account removal after it.
 */
package dev.parley.ext.register;
