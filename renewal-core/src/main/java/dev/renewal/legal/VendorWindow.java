package dev.renewal.legal;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;

import java.util.Objects;

/**
 * When the vendor must notify the customer: no earlier than {@code earliest} and no later than
 * {@code latest} before the protected date, so the window runs {@code date - earliest .. date - latest}
 * and always ends before the date it protects.
 *
 * @param protects what the window is counted back from
 * @param earliest how far before it the window opens (calendar units, not a fixed date)
 * @param latest   how far before it the notice is due; the same unit as {@code earliest}, at least 1, at most {@code earliest}
 */
public record VendorWindow(ProtectedDate protects, NoticePeriod earliest, NoticePeriod latest) {

    /** Validates. */
    public VendorWindow {
        Objects.requireNonNull(protects, "protects");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.fixedDate().isPresent() || latest.fixedDate().isPresent()) {
            throw InvalidValueException.of("window", "must count back by an amount, not a fixed date", earliest + " / " + latest);
        }
        if (earliest.unit() != latest.unit()) {
            throw InvalidValueException.of("window.latest", "must use the unit of earliest (" + earliest.unit() + ")", latest.unit());
        }
        if (earliest.unit() == NoticeUnit.BUSINESS_DAYS) {
            throw InvalidValueException.of("window.earliest", "must count calendar units (days, weeks, months)", earliest.unit());
        }
        if (latest.amount() < 1) {
            throw InvalidValueException.of("window.latest", "must be >= 1 so the window ends before the date it protects", latest.amount());
        }
        if (earliest.amount() < latest.amount()) {
            throw InvalidValueException.of("window.earliest", "must be >= latest " + latest.amount(), earliest.amount());
        }
    }

    /** {@code earliest .. latest} units before the protected date, both in one calendar unit. */
    public static VendorWindow before(ProtectedDate protects, int earliest, int latest, NoticeUnit unit) {
        return new VendorWindow(protects, NoticePeriod.of(earliest, unit), NoticePeriod.of(latest, unit));
    }

    /** E.g. {@code 30 to 15 days before the notice deadline}. */
    @Override
    public String toString() {
        return earliest.amount() + " to " + latest.amount() + " " + latest.unit().words(latest.amount()) + " before the "
                + protects.words();
    }
}
