package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.NoticeUnit;

import dev.renewal.contract.CalendarAlignment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a key date is that day, e.g. {@code 2025-12-31 (term end) - 60 days = 2025-11-01}.
 *
 * <p>A small value holding the operands; {@link #toString()} composes the one-line text (in
 * {@link java.util.Locale#ROOT} wording), so schedules of millions of contracts never build text
 * nobody prints. Derivations of different shapes with the same text describe the same thing:
 * {@link ScheduleEvent} compares them by text, so a derivation read back from JSON as {@link Text}
 * equals the one the engine computed.
 */
public sealed interface Derivation
        permits Derivation.Text, Derivation.Offset, Derivation.BusinessDaysBack, Derivation.Adjusted,
        Derivation.Anchored, Derivation.Stated, Derivation.FixedDate, Derivation.PeriodEnd, Derivation.Statutory {

    /**
     * A derivation given as text, e.g. one read back from JSON.
     *
     * @throws InvalidValueException if the text is blank
     */
    static Derivation of(String text) {
        return new Text(text);
    }

    /** The one-line explanation, the same as {@link #toString()}. */
    default String text() {
        return toString();
    }

    /**
     * A derivation known only by its text.
     *
     * @param text the explanation, not blank
     */
    record Text(String text) implements Derivation {

        /** Validates. */
        public Text {
            Objects.requireNonNull(text, "derivation");
            if (text.isBlank()) {
                throw InvalidValueException.of("derivation", "must not be blank", text);
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * {@code base (label) -/+ amount unit = result}, e.g. a reminder 30 days before a deadline.
     *
     * @param base      the day counted from
     * @param baseLabel what {@code base} is, e.g. {@code notice deadline}
     * @param forward   true when counted forward ({@code +}), false when back ({@code -})
     * @param amount    how many units, {@code >= 0}
     * @param unit      the unit counted in (calendar units; business days are {@link BusinessDaysBack})
     * @param result    the day the count lands on
     */
    record Offset(LocalDate base, String baseLabel, boolean forward, int amount, NoticeUnit unit, LocalDate result)
            implements Derivation {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(64);
            DerivationText.labelled(sb, base, baseLabel).append(forward ? " + " : " - ");
            DerivationText.amount(sb, amount, unit).append(" = ").append(result);
            return sb.toString();
        }
    }

    /**
     * {@code base (label) - amount business days = result}, naming the weekday holidays stepped over.
     *
     * @param base      the day counted back from
     * @param baseLabel what {@code base} is
     * @param amount    how many business days, {@code >= 0}
     * @param result    the day the count lands on
     * @param calendar  the calendar the days were counted on
     */
    record BusinessDaysBack(LocalDate base, String baseLabel, int amount, LocalDate result, BusinessCalendar calendar)
            implements Derivation {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(80);
            DerivationText.labelled(sb, base, baseLabel).append(" - ");
            DerivationText.amount(sb, amount, NoticeUnit.BUSINESS_DAYS).append(" = ").append(result);
            return DerivationText.skippedHolidays(sb, calendar, result, base).toString();
        }
    }

    /**
     * An offset that landed on a non-business day and moved back to the preceding business day:
     * {@code base (label) - amount unit = unadjusted (Saturday), moved to the preceding business day result}.
     *
     * @param base       the day counted back from
     * @param baseLabel  what {@code base} is
     * @param amount     how many units
     * @param unit       the unit counted in
     * @param unadjusted the non-business day the count landed on
     * @param result     the preceding business day
     * @param calendar   the calendar that says which days are business days
     */
    record Adjusted(LocalDate base, String baseLabel, int amount, NoticeUnit unit, LocalDate unadjusted,
                    LocalDate result, BusinessCalendar calendar) implements Derivation {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(120);
            DerivationText.labelled(sb, base, baseLabel).append(" - ");
            DerivationText.amount(sb, amount, unit).append(" = ").append(unadjusted).append(" (");
            DerivationText.dayName(sb, unadjusted);
            if (!calendar.weekend().contains(unadjusted.getDayOfWeek())) {
                sb.append(", holiday");
            }
            sb.append("), moved to the preceding business day ").append(result);
            return DerivationText.skippedHolidays(sb, calendar, result, unadjusted).toString();
        }
    }

    /**
     * A term or extension end anchored in one step: {@code anchor (label) + initial + renewals x step - 1 day = result}.
     *
     * @param anchor      the day the lengths are added to
     * @param anchorLabel what {@code anchor} is, e.g. {@code start}
     * @param initial     the initial length, when the sum has one
     * @param renewals    how many renewal terms are added, {@code >= 0}
     * @param step        the renewal term's length, when {@code renewals > 0}
     * @param result      the last day reached
     */
    record Anchored(LocalDate anchor, String anchorLabel, Optional<Period> initial, int renewals, Optional<Period> step,
                    LocalDate result) implements Derivation {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(80);
            DerivationText.labelled(sb, anchor, anchorLabel);
            initial.ifPresent(p -> sb.append(" + ").append(p));
            if (renewals > 0) {
                sb.append(" + ").append(renewals).append(" x ").append(step.map(Period::toString).orElse("?"));
            }
            return sb.append(" - 1 day = ").append(result).toString();
        }
    }

    /**
     * A date the contract states: {@code 2018-12-31 (end as stated in the contract)}.
     *
     * @param result the stated day
     * @param what   where it comes from
     */
    record Stated(LocalDate result, String what) implements Derivation {

        @Override
        public String toString() {
            return DerivationText.labelled(new StringBuilder(48), result, what).toString();
        }
    }

    /**
     * A fixed-date notice deadline (docs/conventions.md section 5):
     * {@code --10-01 on or before 2026-12-31 (term end) = 2026-10-01}, and when the day is not a
     * business day and the contract asks for it, {@code (Saturday), moved to the preceding business day ...}.
     *
     * @param monthDay   the month and day the contract names
     * @param termEnd    the term's last day
     * @param unadjusted the latest day with that month and day on or before {@code termEnd}
     * @param result     the deadline, {@code unadjusted} or the business day before it
     * @param calendar   the calendar that says which days are business days
     */
    record FixedDate(MonthDay monthDay, LocalDate termEnd, LocalDate unadjusted, LocalDate result,
                     BusinessCalendar calendar) implements Derivation {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(100).append(monthDay).append(" on or before ");
            DerivationText.labelled(sb, termEnd, "term end").append(" = ").append(unadjusted);
            if (!result.equals(unadjusted)) {
                sb.append(" (");
                DerivationText.dayName(sb, unadjusted);
                if (!calendar.weekend().contains(unadjusted.getDayOfWeek())) {
                    sb.append(", holiday");
                }
                sb.append("), moved to the preceding business day ").append(result);
            }
            return sb.toString();
        }
    }

    /**
     * A stub term of a calendar-aligned renewal: {@code 2026-07-15 (renewal start) to the end of its calendar year = 2026-12-31}.
     *
     * @param start     the stub's first day
     * @param label     what {@code start} is
     * @param alignment the calendar period the stub runs to the end of
     * @param result    the stub's last day
     */
    record PeriodEnd(LocalDate start, String label, CalendarAlignment alignment, LocalDate result) implements Derivation {

        @Override
        public String toString() {
            return DerivationText.labelled(new StringBuilder(80), start, label).append(" to the end of its ")
                    .append(alignment.words()).append(" = ").append(result).toString();
        }
    }

    /**
     * A vendor obligation under a statute: {@code 2026-10-01 (notice deadline) - 30 days = 2026-09-01 (N.Y. Gen. Oblig. Law § 5-903)}.
     *
     * @param offset  how the day is counted from the date the statute protects
     * @param statute the citation
     */
    record Statutory(Offset offset, String statute) implements Derivation {

        @Override
        public String toString() {
            return offset + " (" + statute + ")";
        }
    }
}
