package dev.renewal.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrecompiledPackTest {

    @Test
    void theBundledPackRunsFromTheExecutableModelGeneratedFromExactlyItsDrl() {
        List<RuleSource> bundled = new RenewalRulesBuilder().bundledSources();
        assertTrue(PrecompiledPack.load(bundled).isPresent(), "the build generated the model of the bundled DRL");
        assertEquals(RenewalRules.builder().build().ruleNames(), RenewalRules.builder()
                .replaceBundled("escalation.drl", bundled.get(3).drl()).build().ruleNames(),
                "the precompiled pack has the rules the DRL compiles to");
    }

    @Test
    void changedDrlIsNeverServedFromAStaleModel() {
        List<RuleSource> changed = new ArrayList<>(new RenewalRulesBuilder().bundledSources());
        RuleSource escalation = changed.get(3);
        changed.set(3, new RuleSource(escalation.name(), escalation.drl() + "\n// changed\n"));
        assertTrue(PrecompiledPack.load(changed).isEmpty());
    }
}
