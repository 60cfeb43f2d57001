package dev.renewal.rules;

/** A DRL text and the name errors report it under. */
record RuleSource(String name, String drl) {
}
