package dev.renewal.examples.sample;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SampleDataGeneratorTest {

    /** Where the committed sample lives, relative to the module (Maven runs tests there). */
    private static final Path SAMPLE = Path.of("src/main/resources/sample");

    @Test
    void bundledSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
        // -Dsample.regenerate=true rewrites the sample after a change to the generator; commit the result.
        if (Boolean.getBoolean("sample.regenerate")) {
            SampleDataGenerator.main(new String[] {SAMPLE.toString()});
        }
        SampleDataGenerator.Files3 fresh = SampleDataGenerator.generate();
        assertEquals(fresh.contracts(), Files.readString(SAMPLE.resolve("contracts.json")));
        assertEquals(fresh.delays(), Files.readString(SAMPLE.resolve("delays.json")));
        assertEquals(fresh.accounts(), Files.readString(SAMPLE.resolve("accounts.json")));
    }
}
