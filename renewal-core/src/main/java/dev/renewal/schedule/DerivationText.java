package dev.renewal.schedule;

import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.NoticeUnit;

import java.time.LocalDate;
import java.util.Locale;

/** The wording the {@link Derivation} shapes share, composed only when a derivation is printed. */
final class DerivationText {

    /** More skipped holidays than this are counted, not listed: the line must stay readable. */
    private static final int LISTED_HOLIDAYS = 3;

    private DerivationText() {
    }

    /** {@code 2025-12-31 (term end)}. */
    static StringBuilder labelled(StringBuilder sb, LocalDate day, String label) {
        return sb.append(day).append(" (").append(label).append(')');
    }

    /** {@code 60 days}, {@code 1 day}. */
    static StringBuilder amount(StringBuilder sb, int amount, NoticeUnit unit) {
        return sb.append(amount).append(' ').append(unit.words(amount));
    }

    /** {@code Saturday}: capitalised, the same in every locale. */
    static StringBuilder dayName(StringBuilder sb, LocalDate day) {
        String name = day.getDayOfWeek().name();
        return sb.append(name.charAt(0)).append(name.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Appends {@code (holidays skipped: 2025-12-25, 2025-12-26)} when holidays on working weekdays lie
     * strictly between {@code from} and {@code to}: the days a count stepped over because of them.
     */
    static StringBuilder skippedHolidays(StringBuilder sb, BusinessCalendar calendar, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return sb;
        }
        StringBuilder listed = new StringBuilder();
        int found = 0;
        for (LocalDate holiday : calendar.holidays().subSet(from.plusDays(1), to)) {
            if (!calendar.weekend().contains(holiday.getDayOfWeek()) && ++found <= LISTED_HOLIDAYS) {
                listed.append(found == 1 ? "" : ", ").append(holiday);
            }
        }
        if (found == 0) {
            return sb;
        }
        sb.append(found == 1 ? " (holiday skipped: " : " (holidays skipped: ").append(listed);
        if (found > LISTED_HOLIDAYS) {
            sb.append(" and ").append(found - LISTED_HOLIDAYS).append(" more");
        }
        return sb.append(')');
    }
}
