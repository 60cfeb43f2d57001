/** Business calendars: which days count when a notice period is given in business days. */
package dev.renewal.calendar;
