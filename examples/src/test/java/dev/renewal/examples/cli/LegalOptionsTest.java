package dev.renewal.examples.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalOptionsTest {

    private static long vendorRows(CliRun run) {
        return run.out().lines().filter(l -> l.contains("VENDOR_NOTICE")).count();
    }

    @Test
    void aDefaultJurisdictionAddsVendorObligationsToContractsNamingNone() {
        CliRun plain = CliRun.of("agenda", "--as-of", "2026-11-23", "--format", "csv");
        CliRun ny = CliRun.of("agenda", "--as-of", "2026-11-23", "--format", "csv", "--jurisdiction", "US-NY");
        assertEquals(0, ny.exitCode(), ny.err());
        assertTrue(vendorRows(ny) > vendorRows(plain), vendorRows(plain) + " then " + vendorRows(ny));
        assertTrue(ny.out().contains("N.Y. Gen. Oblig. Law § 5-903"), "the derivation cites the statute");
    }

    @Test
    void vendorObligationsShowInTheCsvAgendaLikeAnyEvent() {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-23", "--format", "csv");
        assertTrue(vendorRows(run) > 0, run.out());
    }

    @Test
    void anUnknownDefaultJurisdictionIsAUsageError() {
        CliRun run = CliRun.of("agenda", "--as-of", "2026-11-23", "--jurisdiction", "XX");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--jurisdiction: jurisdiction must be one of DE, FR, US-CA, US-NY"), run.err());
    }
}
