package dev.renewal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenewalModuleTest {

    @Test
    void findAndRegisterModulesDiscoversTheModuleThroughServiceLoader() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains("renewal-jackson"), mapper.getRegisteredModuleIds().toString());
        Contract c = mapper.readValue(GoldenFilesTest.golden("contract.json"), Contract.class);
        assertEquals(GoldenFilesTest.ISSUE_EXAMPLE, c);
    }

    @Test
    void theModuleReportsItsNameAndVersion() {
        RenewalModule module = new RenewalModule();
        assertEquals("RenewalModule", module.getModuleName());
        assertEquals("dev.renewal", module.version().getGroupId());
        assertEquals("renewal-jackson", module.version().getArtifactId());
    }

    @Test
    void aPlainMapperWithTheModuleReportsPathsToo() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new RenewalModule());
        RenewalJsonException e = org.junit.jupiter.api.Assertions.assertThrows(RenewalJsonException.class, () -> mapper.readValue(
                "{\"id\": \"X\", \"account\": \"A\", \"start\": \"2025-01-01\", \"initialTerm\": \"P1Y\", \"notice\": {\"amount\": -5, \"unit\": \"DAYS\"}}",
                Contract.class));
        assertEquals("notice.amount must be >= 0 but was -5 (line 1, column 95)", e.getMessage());
    }
}
