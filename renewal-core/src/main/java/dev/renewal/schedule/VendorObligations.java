package dev.renewal.schedule;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.legal.ConsumerLimits;
import dev.renewal.legal.LegalPreset;
import dev.renewal.legal.ProtectedDate;
import dev.renewal.legal.VendorWindow;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal preset applied to one contract (docs/conventions.md section 5): the vendor's notice windows of each
 * renewing term, the warnings the statute's limits give, and the consumer's statutory exit. Never
 * changes a contract date; built only for contracts whose preset applies.
 */
final class VendorObligations {

    private static final int LONG_INITIAL_TERM = 1;
    private static final int LONG_NOTICE = 2;
    private static final int FIXED_RENEWAL = 4;

    private final LegalPreset preset;
    private final List<VendorWindow> windows;
    private final int warningBits;
    private final int leadDays;

    private VendorObligations(LegalPreset preset, int warningBits) {
        this.preset = preset;
        this.windows = preset.windows();
        this.warningBits = warningBits;
        int lead = 0;
        for (VendorWindow w : windows) {
            // A month is at most 31 days; a renewal-anchored window lies within a day of the deadline's side.
            int days = w.earliest().unit() == NoticeUnit.MONTHS ? 31 * w.earliest().amount()
                    : w.earliest().unit() == NoticeUnit.WEEKS ? 7 * w.earliest().amount() : w.earliest().amount();
            lead = Math.max(lead, days + 1);
        }
        this.leadDays = lead;
    }

    /**
     * The obligations of a contract, or null when no preset applies to it.
     *
     * @param firstEnd       the initial term's last day
     * @param firstDeadline  the initial term's notice deadline, as an epoch day (when it renews)
     */
    static VendorObligations of(Contract c, LegalSetting legal, long firstEnd, long firstDeadline) {
        LegalPreset preset = legal.presetOf(c);
        LocalDate firstEndDate = EpochDays.date(firstEnd);
        if (!c.autoRenews() || !preset.conditions().test(c.start(), firstEndDate, c.autoRenewal().map(AutoRenewal::term),
                legal.consumer(c))) {
            return null;
        }
        int bits = 0;
        if (preset.limits().isPresent()) {
            ConsumerLimits l = preset.limits().get();
            if (firstEndDate.isAfter(c.start().plus(l.maxInitialTerm()).minusDays(1))) {
                bits |= LONG_INITIAL_TERM;
            }
            if (EpochDays.date(firstDeadline).isBefore(firstEndDate.minus(l.maxNotice()))) {
                bits |= LONG_NOTICE;
            }
            if (l.renewalMustBeIndefinite()) {
                bits |= FIXED_RENEWAL;
            }
        }
        return new VendorObligations(preset, bits);
    }

    /** How many days before a term's decision date its earliest vendor event can lie, at most. */
    int leadDays() {
        return leadDays;
    }

    boolean hasWarnings() {
        return warningBits != 0;
    }

    /** Emits the vendor events of a renewing term whose deadline and end are given, within {@code [lo, hi]}. */
    void termEvents(int k, long deadline, long termEnd, long lo, long hi, Timeline.EventSink out) {
        for (int i = 0; i < windows.size(); i++) {
            VendorWindow w = windows.get(i);
            long base = base(w, deadline, termEnd);
            long opens = back(base, w.earliest());
            long due = back(base, w.latest());
            if (opens >= lo && opens <= hi) {
                out.accept(opens, EventType.VENDOR_NOTICE_WINDOW_OPENS, i, k);
            }
            if (due >= lo && due <= hi) {
                out.accept(due, EventType.VENDOR_NOTICE_DUE, i, k);
            }
        }
    }

    /** The derivation of a vendor event of window {@code sub}, citing the statute. */
    Derivation derivation(EventType type, int sub, long deadline, long termEnd, LocalDate date) {
        VendorWindow w = windows.get(sub);
        NoticePeriod by = type == EventType.VENDOR_NOTICE_WINDOW_OPENS ? w.earliest() : w.latest();
        LocalDate base = EpochDays.date(base(w, deadline, termEnd));
        return new Derivation.Statutory(new Derivation.Offset(base, w.protects().words(), false, by.amount(), by.unit(), date),
                preset.statute());
    }

    /** The consumer's exit under the statute when giving notice on {@code asOf} after the initial term, or null. */
    LocalDate statutoryExit(LocalDate asOf) {
        return preset.limits().map(l -> asOf.plus(l.exitNotice())).orElse(null);
    }

    /** The warnings' text. */
    void warnings(Contract c, LocalDate firstEnd, LocalDate firstDeadline, List<String> out) {
        ConsumerLimits l = preset.limits().orElseThrow();
        String who = preset.jurisdiction() + " (" + preset.statute() + "): ";
        if ((warningBits & LONG_INITIAL_TERM) != 0) {
            out.add(who + "the initial term " + c.start() + ".." + firstEnd + " is longer than " + l.maxInitialTerm()
                    + ", the longest a consumer contract may bind");
        }
        if ((warningBits & LONG_NOTICE) != 0) {
            out.add(who + "notice " + c.effectiveNotice() + " (deadline " + firstDeadline + " for a term ending " + firstEnd
                    + ") is longer than the " + l.maxNotice() + " a consumer may be asked for");
        }
        if ((warningBits & FIXED_RENEWAL) != 0) {
            out.add(who + "the contract renews into a fixed term of " + c.autoRenewal().orElseThrow().term()
                    + "; the statute allows only an indefinite extension the consumer can end on " + l.exitNotice() + "'s notice");
        }
    }

    private static long base(VendorWindow w, long deadline, long termEnd) {
        return w.protects() == ProtectedDate.NOTICE_DEADLINE ? deadline : termEnd + 1;
    }

    private static long back(long base, NoticePeriod by) {
        return switch (by.unit()) {
            case DAYS -> base - by.amount();
            case WEEKS -> base - 7L * by.amount();
            case MONTHS -> EpochDays.plusMonths(base, -by.amount());
            case BUSINESS_DAYS -> throw new IllegalStateException("vendor windows count calendar units");
        };
    }
}
