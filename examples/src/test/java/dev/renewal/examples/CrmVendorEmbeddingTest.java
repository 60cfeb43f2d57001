package dev.renewal.examples;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CrmVendorEmbeddingTest {

    @Test
    void theVendorsThresholdsChangeTheOwnerAndTheVendorsOwnNamesArePrinted() {
        StringWriter out = new StringWriter();
        CrmVendorEmbedding.run(new PrintWriter(out));
        assertEquals(List.of(
                "Pixel Press: default policy RENEWAL_MANAGER, vendor policy AUTOMATED -> self-serve renewal flow"
                        + " (C: a low-ACV single usage-based product is transactional, so automate it)",
                "Harbor Health: default policy DEDICATED_ACCOUNT_MANAGER, vendor policy ACCOUNT_MANAGER"
                        + " -> account management (Raj Patel)"
                        + " (C: mid-market contracts are complex like enterprise ones, and several products with"
                        + " upsell potential make the renewal a commercial negotiation)"),
                out.toString().lines().toList());
    }
}
