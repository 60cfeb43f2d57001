package dev.renewal.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleCommandsTest {

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void classifyAssessesEveryBundledDelayReportInInputOrderWithEveryClass() throws Exception {
        CliRun run = CliRun.of("classify");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode assessments = json(run);
        assertEquals(30, assessments.size());
        assertEquals("D-001", assessments.get(0).get("id").asText());
        assertEquals(List.of("ADMINISTRATIVE", "DECISION", "RISK"),
                assessments.findValuesAsText("delayClass").stream().distinct().sorted().toList());
        assertTrue(assessments.get(0).get("firedRules").size() > 0);
    }

    @Test
    void assignGivesEveryBundledAccountOneOwnerWithReasons() throws Exception {
        CliRun run = CliRun.of("assign");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode assignments = json(run);
        assertEquals(30, assignments.size());
        for (JsonNode a : assignments) {
            assertTrue(a.get("reasons").size() > 0, a.toString());
        }
    }

    @Test
    void aDrlFileNamedLikeABundledOneReplacesItAndChangesTheDecision(@TempDir Path rules) throws Exception {
        String cure = new String(RuleCommandsTest.class.getResourceAsStream("/dev/renewal/rules/ownership/cure.drl").readAllBytes())
                .replace("insert(new OwnerChosen($a, OwnerRole.AUTOMATED, CureLens.C));",
                        "insert(new OwnerChosen($a, OwnerRole.RENEWAL_MANAGER, CureLens.C));");
        Files.writeString(rules.resolve("cure.drl"), cure);
        String first = json(CliRun.of("assign")).get(0).get("owner").asText();
        String changed = json(CliRun.of("assign", "--rules", rules.toString())).get(0).get("owner").asText();
        assertEquals("AUTOMATED", first);
        assertEquals("RENEWAL_MANAGER", changed);
    }

    @Test
    void brokenDrlIsAUsageErrorNamingFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package x\nrule \"half\"\nwhen\n  Foo(\nthen\nend\n");
        CliRun run = CliRun.of("classify", "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("renewal: --rules "), run.err());
        assertTrue(run.err().contains("broken.drl"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void aPolicyFileChangesThresholds(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("policy.json"), "{\"acv.low.USD\": 1000, \"acv.high.USD\": 2000, \"fee.admin.USD\": 100}");
        Path properties = Files.writeString(dir.resolve("policy.properties"), "acv.low.USD=1000\nacv.high.USD=2000\nfee.admin.USD=100\n");
        String standard = json(CliRun.of("assign")).get(0).get("owner").asText();
        assertEquals("AUTOMATED", standard);
        // Northwind's 4,400 USD is no longer low once the low threshold is 1,000 USD.
        assertEquals("ACCOUNT_MANAGER", json(CliRun.of("assign", "--policy", json.toString())).get(0).get("owner").asText());
        assertEquals("ACCOUNT_MANAGER", json(CliRun.of("assign", "--policy", properties.toString())).get(0).get("owner").asText());
    }

    @Test
    void anUnknownPolicyKeyIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.properties"), "acv.lowest.USD=1000\n");
        CliRun run = CliRun.of("assign", "--policy", policy.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("acv.lowest.USD"), run.err());
    }

    @Test
    void aBadDelayReportIsRejectedAndTheOthersAssessed() {
        String reports = "[{\"id\": \"D-1\", \"contractId\": \"C-1\", \"reportedOn\": \"2026-11-01\", \"decisionDate\": \"2026-11-20\","
                + " \"cause\": \"BUDGET_APPROVAL\", \"signals\": [\"WANTS_TO_RENEW\"], \"extensionsGranted\": 0,"
                + " \"acv\": {\"amount\": \"5000.00\", \"currency\": \"USD\"}, \"note\": \"\"},"
                + " {\"id\": \"D-2\", \"contractId\": \"C-2\", \"reportedOn\": \"2026-11-01\", \"decisionDate\": \"2026-11-20\","
                + " \"cause\": \"BORED\", \"signals\": [], \"extensionsGranted\": 0,"
                + " \"acv\": {\"amount\": \"5000.00\", \"currency\": \"USD\"}, \"note\": \"\"}]";
        CliRun run = CliRun.withStdin(reports, "classify", "-");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"D-1\""), run.out());
        assertTrue(run.err().startsWith("renewal: rejected record #1 (D-2): delays[1].cause must be one of"), run.err());
        assertTrue(run.err().contains("BORED"), run.err());
    }

    @Test
    void bothRuleCommandsHaveHelp() {
        for (String command : List.of("classify", "assign")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("--rules=FILE|DIR") && run.out().contains("--policy=FILE"), run.out());
            assertFalse(run.out().contains("CSV"), "only contract commands read CSV: " + run.out());
        }
    }

    @Test
    void aSingleDrlFileIsAcceptedAsRules(@TempDir Path rules) throws Exception {
        Path cure = rules.resolve("cure.drl");
        Files.writeString(cure, new String(RuleCommandsTest.class.getResourceAsStream("/dev/renewal/rules/ownership/cure.drl")
                .readAllBytes()).replace("OwnerRole.AUTOMATED, CureLens.C", "OwnerRole.RENEWAL_MANAGER, CureLens.C"));
        CliRun run = CliRun.of("assign", "--rules", cure.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("RENEWAL_MANAGER", json(run).get(0).get("owner").asText());
    }

    @Test
    void aMissingRulesPathSaysNoSuchFile(@TempDir Path dir) {
        CliRun run = CliRun.of("classify", "--rules", dir.resolve("nope.drl").toString());
        assertEquals(2, run.exitCode());
        assertEquals("renewal: --rules " + dir.resolve("nope.drl") + ": no such file or directory", run.err().strip());
    }

    @Test
    void aTypeErrorInAReplacedBundledFileNamesTheAnalystsFileAndTheOffendingLine(@TempDir Path rules) throws Exception {
        Path cure = rules.resolve("cure.drl");
        String broken = new String(RuleCommandsTest.class.getResourceAsStream("/dev/renewal/rules/ownership/cure.drl")
                .readAllBytes()).replace("OwnerRole.AUTOMATED, CureLens.C", "OwnerRole.AUTOMATD, CureLens.C");
        Files.writeString(cure, broken);
        int line = broken.lines().toList().indexOf(broken.lines()
                .filter(l -> l.contains("OwnerRole.AUTOMATD")).findFirst().orElseThrow()) + 1;
        CliRun run = CliRun.of("assign", "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(cure + ":" + line + ": Unable to Analyse Expression"), run.err());
        assertFalse(run.err().contains("dev/renewal/rules/ownership/cure.drl"), run.err());
    }

    @Test
    void ruleCommandsSayTheyReadJsonWhenGivenALedger() {
        CliRun run = CliRun.of("classify", "src/test/resources/ledger.csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("renewal: cannot read src/test/resources/ledger.csv: this command reads JSON;"),
                run.err());
    }

    @Test
    void rejectionPathsNameTheArrayTheSameWayInEveryCommand() {
        assertTrue(CliRun.withStdin("[{\"id\": \"A-1\", \"bogus\": 1}]", "assign", "-").err()
                .startsWith("renewal: rejected record #0: accounts[0]."));
        assertTrue(CliRun.withStdin("[{\"id\": \"D-1\", \"bogus\": 1}]", "classify", "-").err()
                .startsWith("renewal: rejected record #0 (D-1): delays[0]."));
        assertTrue(CliRun.withStdin("[{\"id\": \"C-1\", \"bogus\": 1}]", "schedule", "-").err()
                .startsWith("renewal: rejected record #0 (C-1): contracts[0]."));
    }
}
