package dev.renewal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Shares as exact decimals, so a report's JSON and tests never see binary floating point. */
final class Ratios {
    /** Four places: a share of 0.3333 reads as 33.33 %. */
    static final int SCALE = 4;

    private Ratios() {
    }

    static Optional<BigDecimal> of(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN));
    }
}
