package dev.renewal.schedule;

/** How a portfolio is computed. Both give identical results in input order. */
public enum Execution {
    /** On the calling thread. */
    SEQUENTIAL,
    /** Chunks of the input are computed on the common fork-join pool, then emitted in input order. */
    PARALLEL
}
