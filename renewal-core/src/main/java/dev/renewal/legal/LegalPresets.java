package dev.renewal.legal;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.NoticeUnit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The legal presets an engine knows, by jurisdiction code. Immutable and thread-safe.
 * The bundled four follow docs/conventions.md section 5.
 */
public final class LegalPresets {

    /** N.Y. General Obligations Law § 5-903: a reminder 15-30 days before the customer's notice deadline. */
    public static final LegalPreset US_NY = new LegalPreset("US-NY", "N.Y. Gen. Oblig. Law § 5-903",
            new Conditions(false, Optional.empty(), Optional.of(Period.ofMonths(1)), Optional.empty()),
            List.of(VendorWindow.before(ProtectedDate.NOTICE_DEADLINE, 30, 15, NoticeUnit.DAYS)), Optional.empty());

    /** Cal. Bus. &amp; Prof. Code § 17602: consumer notice 15-45 days before the renewal. */
    public static final LegalPreset US_CA = new LegalPreset("US-CA", "Cal. Bus. & Prof. Code § 17602",
            new Conditions(true, Optional.of(Period.ofYears(1)), Optional.of(Period.ofMonths(1)), Optional.empty()),
            List.of(VendorWindow.before(ProtectedDate.RENEWAL, 45, 15, NoticeUnit.DAYS)), Optional.empty());

    /** Code de la consommation art. L215-1: inform the consumer 1-3 months before the notice deadline. */
    public static final LegalPreset FR = new LegalPreset("FR", "Code de la consommation art. L215-1",
            new Conditions(true, Optional.empty(), Optional.empty(), Optional.empty()),
            List.of(VendorWindow.before(ProtectedDate.NOTICE_DEADLINE, 3, 1, NoticeUnit.MONTHS)), Optional.empty());

    /** BGB § 309 Nr. 9: consumer contracts concluded from 2022-03-01; limits only, no vendor window. */
    public static final LegalPreset DE = new LegalPreset("DE", "BGB § 309 Nr. 9",
            new Conditions(true, Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2022, 3, 1))),
            List.of(), Optional.of(new ConsumerLimits(Period.ofYears(2), Period.ofMonths(1), true, Period.ofMonths(1))));

    private static final LegalPresets BUNDLED = new LegalPresets(new TreeMap<>()).with(US_NY).with(US_CA).with(FR).with(DE);
    private static final LegalPresets NONE = new LegalPresets(new TreeMap<>());

    private final TreeMap<String, LegalPreset> byCode;

    private LegalPresets(TreeMap<String, LegalPreset> byCode) {
        this.byCode = byCode;
    }

    /** US-NY, US-CA, FR and DE. */
    public static LegalPresets bundled() {
        return BUNDLED;
    }

    /** No presets: every jurisdiction is unknown. */
    public static LegalPresets none() {
        return NONE;
    }

    /** A copy with {@code preset} added, replacing one with the same jurisdiction code. */
    public LegalPresets with(LegalPreset preset) {
        Objects.requireNonNull(preset, "preset");
        TreeMap<String, LegalPreset> copy = new TreeMap<>(byCode);
        copy.put(preset.jurisdiction(), preset);
        return new LegalPresets(copy);
    }

    /** The preset for a jurisdiction code, if known. */
    public Optional<LegalPreset> find(String jurisdiction) {
        return Optional.ofNullable(byCode.get(jurisdiction));
    }

    /**
     * The preset for a jurisdiction code.
     *
     * @throws InvalidValueException naming the known codes when the code is unknown
     */
    public LegalPreset require(String jurisdiction) {
        LegalPreset p = byCode.get(jurisdiction);
        if (p == null) {
            throw InvalidValueException.of("jurisdiction", "must be one of " + String.join(", ", byCode.keySet())
                    + " (the legal presets known)", jurisdiction);
        }
        return p;
    }

    /** Every preset, by jurisdiction code. */
    public Collection<LegalPreset> all() {
        return List.copyOf(byCode.values());
    }

    /** The presets by code, read-only. */
    public Map<String, LegalPreset> asMap() {
        return java.util.Collections.unmodifiableMap(byCode);
    }
}
