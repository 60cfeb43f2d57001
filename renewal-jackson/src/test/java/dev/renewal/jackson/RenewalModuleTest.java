package dev.renewal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenewalModuleTest {

    @Test
    void findAndRegisterModulesDiscoversTheModuleThroughServiceLoader() throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(new RenewalModule().getTypeId()),
                mapper.getRegisteredModuleIds()::toString);
        Contract c = mapper.readValue(Json.resource("golden/contract.json"), Contract.class);
        assertEquals("C-1", c.id());
        assertEquals("{\"amount\":\"12000.00\",\"currency\":\"USD\"}", mapper.writeValueAsString(c.acv().orElseThrow()));
    }

    @Test
    void moduleReportsItsNameAndTheBuiltVersion() {
        RenewalModule module = new RenewalModule();
        assertEquals("RenewalModule", module.getModuleName());
        assertEquals("dev.renewal", module.version().getGroupId());
        assertEquals("renewal-jackson", module.version().getArtifactId());
        assertFalse(module.version().isUnknownVersion());
        assertEquals(PackageVersion.VERSION, new PackageVersion().version());
    }

    @Test
    void moneyAmountIsWrittenAsADecimalStringAtTheCurrencyScale() {
        assertEquals("{\"amount\":\"1500000\",\"currency\":\"JPY\"}", Json.write(Money.of("1500000", "JPY")));
        assertEquals("{\"amount\":\"12.50\",\"currency\":\"EUR\"}", Json.write(Money.of("12.5", "EUR")));
    }
}
