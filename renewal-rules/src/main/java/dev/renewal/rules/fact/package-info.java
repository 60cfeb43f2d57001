/**
 * Conclusions the rule pack inserts as new facts. Rules never modify their input;
 * the engine assembles these facts into assessments and assignments. Analyst DRL
 * may insert the same facts to change a decision.
 */
package dev.renewal.rules.fact;
