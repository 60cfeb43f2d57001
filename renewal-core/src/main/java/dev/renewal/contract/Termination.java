package dev.renewal.contract;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Termination for convenience (docs/conventions.md section 5): notice given on day G ends service on
 * {@code G + notice}, never before {@code start + notBefore - 1 day}.
 *
 * @param notice    how long after notice service ends; counted forward (business days step forward);
 *                  an amount and unit, never a fixed date
 * @param notBefore the earliest end, as a positive period after the contract start; empty for none
 */
public record Termination(NoticePeriod notice, Optional<Period> notBefore) {

    /** Validates; prefer the {@code of} factories. */
    public Termination {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(notBefore, "notBefore");
        if (notice.fixedDate().isPresent()) {
            throw InvalidValueException.of("notice.fixedDate", "is not allowed for termination notice (give amount and unit)",
                    notice.fixedDate().get());
        }
        notBefore.ifPresent(p -> PeriodRule.requirePositive("notBefore", p));
    }

    /** Termination on {@code notice} at any time. */
    public static Termination of(NoticePeriod notice) {
        return new Termination(notice, Optional.empty());
    }

    /** Termination on {@code notice}, ending service no earlier than {@code notBefore} after the start. */
    public static Termination of(NoticePeriod notice, Period notBefore) {
        return new Termination(notice, Optional.of(notBefore));
    }

    /**
     * The last day of service when notice is given on {@code givenOn} for a contract starting on
     * {@code start}: {@code givenOn + notice}, and not before {@code start + notBefore - 1 day}.
     */
    public LocalDate serviceEnd(LocalDate start, LocalDate givenOn, BusinessCalendar calendar) {
        LocalDate end = notice.addTo(givenOn, calendar);
        if (notBefore.isPresent()) {
            LocalDate floor = start.plus(notBefore.get()).minusDays(1);
            return end.isBefore(floor) ? floor : end;
        }
        return end;
    }
}
