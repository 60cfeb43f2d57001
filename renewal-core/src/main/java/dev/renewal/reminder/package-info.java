/** Reminder policies: kickoff, reminder levels and escalation, counted back from the decision date. */
package dev.renewal.reminder;
