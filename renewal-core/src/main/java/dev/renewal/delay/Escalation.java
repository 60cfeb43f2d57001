package dev.renewal.delay;

/** Who above the renewal owner gets involved, from none to most senior. */
public enum Escalation {
    NONE,
    MANAGER,
    EXECUTIVE_TO_EXECUTIVE
}
