/**
 * Legal presets (docs/conventions.md section 5): what a jurisdiction's statute asks of the vendor of an
 * auto-renewing contract, as plain data a user can read and extend. A preset never changes a
 * contract's dates; the schedule engine turns it into the vendor's own deadlines and warnings.
 * Information, not legal advice.
 */
package dev.renewal.legal;
