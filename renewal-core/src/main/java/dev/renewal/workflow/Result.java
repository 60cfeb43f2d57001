package dev.renewal.workflow;

/** How a closed renewal cycle ended. */
public enum Result {
    /** Renewed, as recorded. */
    RENEWED,
    /** Not renewed: recorded, or notice given in time. */
    NOT_RENEWED,
    /** Nobody recorded an outcome and the term renewed by its clause when its decision date passed. */
    AUTO_RENEWED
}
