/**
 * Who works on renewals: people, their managers, roles, and the hand-over when someone leaves
 * (seed 002: the chain of responsibility never breaks).
 */
package dev.renewal.staff;
