package dev.renewal.examples;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalystRuleOverrideTest {

    @Test
    void theAnalystsDrlFileReplacesTheBundledRuleAndChangesTheOwner() {
        StringWriter out = new StringWriter();
        AnalystRuleOverride.run(Path.of("src/main/resources/analyst/low-value-pilot.drl"), new PrintWriter(out));
        assertEquals(List.of(
                "bundled pack: Corner Bakery -> AUTOMATED (lens C) because \"A low-value contract renews automatically\"",
                "with low-value-pilot.drl: Corner Bakery -> RENEWAL_MANAGER (lens C) because"
                        + " \"Until the automation pilot ends a low-value contract goes to a renewal manager\""),
                out.toString().lines().toList());
    }
}
