/**
 * The renewal workflow of docs/conventions.md section 3: cycles with their decision dates and windows, stage
 * plans, and the pipeline that says where each renewal stands on a day, who owns it and whom to
 * escalate to.
 */
package dev.renewal.workflow;
