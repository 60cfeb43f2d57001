package dev.renewal.legal;

/** The customer's date a vendor notice window protects, counted back from. */
public enum ProtectedDate {
    /** The customer's non-renewal notice deadline of the term. */
    NOTICE_DEADLINE,
    /** The renewal: the day after the term ends. */
    RENEWAL;

    /** E.g. {@code notice deadline}. */
    public String words() {
        return this == NOTICE_DEADLINE ? "notice deadline" : "renewal";
    }
}
