package dev.renewal.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An analyst editing DRL is pointed at the line they got wrong, not at the rule around it. */
class RuleErrorLocationTest {

    private static String bundledCure() throws IOException {
        try (InputStream in = RuleErrorLocationTest.class.getClassLoader()
                .getResourceAsStream("dev/renewal/rules/ownership/cure.drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String drl, String text) {
        List<String> lines = drl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @Test
    void aTypeErrorInAConsequenceIsReportedOnItsOwnLineNotOnTheRulesFirstLine() throws IOException {
        String broken = bundledCure().replace("OwnerRole.AUTOMATED, CureLens.C", "OwnerRole.AUTOMATD, CureLens.C");
        List<RuleError> errors = RenewalRules.builder().replaceBundled("cure.drl", broken).validate();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(lineOf(broken, "OwnerRole.AUTOMATD"), errors.get(0).line(), errors.toString());
        assertTrue(errors.get(0).line() > lineOf(broken, "rule \"A low-value contract renews automatically\""));
        assertTrue(!errors.get(0).message().contains("[Line: "), "no second, contradicting line: " + errors.get(0));
    }

    @Test
    void aTypeErrorInAConditionKeepsTheLineTheCompilerGives() throws IOException {
        String broken = bundledCure().replace("RulePolicy( isLowAcv($a.acv) )", "RulePolicy( isLowAcv($a.acv, 3) )");
        List<RuleError> errors = RenewalRules.builder().replaceBundled("cure.drl", broken).validate();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(lineOf(broken, "isLowAcv($a.acv, 3)"), errors.get(0).line(), errors.toString());
    }

    @Test
    void anExpressionSplitOverLinesIsFoundWhereItStarts() {
        String drl = "rule \"R\"\nwhen\nthen\n    insert(new Thing(1,\n        2));\nend\n";
        String message = "Unable to Analyse Expression drools.insert(new Thing(1,\n        2));:\n[Error: no Thing]";
        assertEquals(4, RuleCompiler.offendingLine(drl, 1, message));
    }

    @Test
    void aMessageWithoutAnExpressionKeepsTheReportedLine() {
        assertEquals(3, RuleCompiler.offendingLine("rule \"R\"\nwhen\nthen\nend\n", 3, "mismatched input"));
    }
}
