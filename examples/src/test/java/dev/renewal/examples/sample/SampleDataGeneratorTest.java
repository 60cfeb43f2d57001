package dev.renewal.examples.sample;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SampleDataGeneratorTest {

    @Test
    void bundledSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
        SampleDataGenerator.Files3 fresh = SampleDataGenerator.generate();
        assertEquals(fresh.contracts(), bundled("contracts.json"));
        assertEquals(fresh.delays(), bundled("delays.json"));
        assertEquals(fresh.accounts(), bundled("accounts.json"));
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = SampleDataGeneratorTest.class.getResourceAsStream("/sample/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
