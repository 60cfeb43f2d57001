package dev.renewal.legal;

import dev.renewal.InvalidValueException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one jurisdiction's statute asks of the vendor of an auto-renewing contract: the notice
 * windows the vendor must meet, and the limits whose breach is a warning. Plain data: read the
 * bundled ones in {@link LegalPresets#bundled()}, add your own with {@link LegalPresets#with}.
 * Information, not legal advice.
 *
 * @param jurisdiction the code contracts name, e.g. {@code US-NY}
 * @param statute      the citation derivations name, e.g. {@code N.Y. Gen. Oblig. Law § 5-903}
 * @param conditions   when the preset applies
 * @param windows      the vendor's notice windows, each producing an opening and a due event per renewing term
 * @param limits       consumer-term limits that produce warnings, when the statute sets them
 */
public record LegalPreset(String jurisdiction, String statute, Conditions conditions, List<VendorWindow> windows,
                          Optional<ConsumerLimits> limits) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** Validates. */
    public LegalPreset {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (!CODE.matcher(jurisdiction).matches()) {
            throw InvalidValueException.of("jurisdiction", "must be a code such as US-NY or FR", jurisdiction);
        }
        if (statute == null || statute.isBlank()) {
            throw InvalidValueException.of("statute", "must not be blank", statute);
        }
        Objects.requireNonNull(conditions, "conditions");
        windows = List.copyOf(windows);
        Objects.requireNonNull(limits, "limits");
    }

    /** E.g. {@code US-NY (N.Y. Gen. Oblig. Law § 5-903): business and consumer contracts; ...; 30 to 15 days before the notice deadline}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(jurisdiction).append(" (").append(statute).append("): ").append(conditions);
        windows.forEach(w -> sb.append("; vendor notice ").append(w));
        limits.ifPresent(l -> sb.append("; initial term at most ").append(l.maxInitialTerm()).append(", notice at most ")
                .append(l.maxNotice()).append(l.renewalMustBeIndefinite() ? ", no renewal into a fixed term" : "")
                .append(", exit on ").append(l.exitNotice()).append(" after the initial term"));
        return sb.toString();
    }
}
