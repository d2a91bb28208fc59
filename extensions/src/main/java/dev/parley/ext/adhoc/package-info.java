/**
 * XEP-0050 Ad-Hoc Commands with the XEP-0133 Service Administration commands, using XEP-0004 data
 * forms. Commands are single-stage: execute returns a form, submitting it completes the command.
 */
package dev.parley.ext.adhoc;
