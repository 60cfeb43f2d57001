/**
 * What the two Jackson modules share besides the mix-ins: the strict ISO text forms (also the CSV and
 * .xlsx cells of renewal-ledger), the parts of the error messages that do not depend on a Jackson
 * version, and the flat policy keys. Not API: public only for renewal-jackson, renewal-jackson3 and
 * renewal-ledger; any of it may change in any release.
 */
package dev.renewal.json.internal;
