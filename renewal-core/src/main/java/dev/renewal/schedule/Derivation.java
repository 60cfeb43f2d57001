package dev.renewal.schedule;

import dev.renewal.InvalidValueException;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Why a key date is that day, in one line, e.g. {@code 2025-12-31 - 60 days = 2025-11-01}.
 *
 * <p>Schedules of millions of contracts carry millions of derivations, most never read, so the
 * text is composed on first use; two derivations are equal when their texts are. Immutable and
 * thread-safe (the lazily composed text is a benign race: every thread composes the same string).
 */
public final class Derivation {

    private final LocalDate base;
    private final String baseLabel;
    private final char sign;
    private final long amount;
    private final String unit;
    private final Period initial;
    private final Period step;
    private final LocalDate unadjusted;
    private final LocalDate result;
    private String text;

    private Derivation(LocalDate base, String baseLabel, char sign, long amount, String unit,
                       Period initial, Period step, LocalDate unadjusted, LocalDate result, String text) {
        this.base = base;
        this.baseLabel = baseLabel;
        this.sign = sign;
        this.amount = amount;
        this.unit = unit;
        this.initial = initial;
        this.step = step;
        this.unadjusted = unadjusted;
        this.result = result;
        this.text = text;
    }

    /**
     * A derivation given as text, e.g. one read back from JSON.
     *
     * @throws InvalidValueException if the text is blank
     */
    public static Derivation of(String text) {
        Objects.requireNonNull(text, "derivation");
        if (text.isBlank()) {
            throw InvalidValueException.of("derivation", "must not be blank", text);
        }
        return new Derivation(null, null, ' ', 0, null, null, null, null, null, text);
    }

    /** {@code base (label) -/+ amount unit = result}. */
    static Derivation offset(LocalDate base, String baseLabel, char sign, long amount, String unit, LocalDate result) {
        return new Derivation(base, baseLabel, sign, amount, unit, null, null, null, result, null);
    }

    /** As {@link #offset}, then moved to the preceding business day. */
    static Derivation adjusted(LocalDate base, String baseLabel, long amount, String unit,
                               LocalDate unadjusted, LocalDate result) {
        return new Derivation(base, baseLabel, '-', amount, unit, null, null, unadjusted, result, null);
    }

    /** {@code anchor + initial + k x step - 1 day = result}; {@code initial} may be null. */
    static Derivation anchored(LocalDate anchor, String anchorLabel, Period initial, long k, Period step, LocalDate result) {
        return new Derivation(anchor, anchorLabel, '+', k, null, initial, step, null, result, null);
    }

    /** A date the contract states, e.g. an explicit end: {@code 2018-12-31 (end as stated in the contract)}. */
    static Derivation stated(String what, LocalDate result) {
        return new Derivation(null, what, ' ', 0, null, null, null, null, result, null);
    }

    /** The one-line explanation. */
    public String text() {
        String t = text;
        if (t == null) {
            t = compose();
            text = t;
        }
        return t;
    }

    private String compose() {
        StringBuilder sb = new StringBuilder(64);
        if (base == null) {
            return sb.append(result).append(" (").append(baseLabel).append(')').toString();
        }
        sb.append(base);
        if (baseLabel != null) {
            sb.append(" (").append(baseLabel).append(')');
        }
        if (step != null || initial != null) {
            if (initial != null) {
                sb.append(" + ").append(initial);
            }
            if (amount > 0) {
                sb.append(" + ").append(amount).append(" x ").append(step);
            }
            sb.append(" - 1 day");
        } else {
            sb.append(' ').append(sign).append(' ').append(amount).append(' ').append(unit);
        }
        sb.append(" = ");
        if (unadjusted != null) {
            sb.append(unadjusted).append(" (").append(unadjusted.getDayOfWeek().toString().toLowerCase())
                    .append("), moved to the preceding business day ");
        }
        return sb.append(result).toString();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Derivation other && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
