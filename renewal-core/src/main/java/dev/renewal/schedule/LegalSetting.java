package dev.renewal.schedule;

import dev.renewal.contract.Contract;
import dev.renewal.legal.LegalPreset;
import dev.renewal.legal.LegalPresets;

import java.util.Objects;
import java.util.Optional;

/**
 * The legal presets an engine knows and the portfolio default for contracts that name no
 * jurisdiction (docs/conventions.md section 5). A contract's own jurisdiction wins; with the default it is a
 * consumer contract when either it or the default says so.
 */
final class LegalSetting {

    static final LegalSetting BUNDLED = new LegalSetting(LegalPresets.bundled(), Optional.empty(), false);

    final LegalPresets presets;
    final Optional<String> defaultJurisdiction;
    final boolean defaultConsumer;

    LegalSetting(LegalPresets presets, Optional<String> defaultJurisdiction, boolean defaultConsumer) {
        this.presets = Objects.requireNonNull(presets, "presets");
        this.defaultJurisdiction = Objects.requireNonNull(defaultJurisdiction, "defaultJurisdiction");
        this.defaultConsumer = defaultConsumer;
        defaultJurisdiction.ifPresent(presets::require);
    }

    /** True when the contract names a jurisdiction or a default stands in for it. */
    boolean applies(Contract c) {
        return c.jurisdiction().isPresent() || defaultJurisdiction.isPresent();
    }

    /**
     * The preset that applies to a contract, or null when it names none and there is no default.
     *
     * @throws dev.renewal.InvalidValueException when the contract names an unknown jurisdiction
     */
    LegalPreset presetOf(Contract c) {
        if (c.jurisdiction().isPresent()) {
            return presets.require(c.jurisdiction().get());
        }
        return defaultJurisdiction.isPresent() ? presets.require(defaultJurisdiction.get()) : null;
    }

    boolean consumer(Contract c) {
        return c.consumer() || c.jurisdiction().isEmpty() && defaultConsumer;
    }
}
