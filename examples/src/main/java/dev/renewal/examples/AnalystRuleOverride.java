package dev.renewal.examples;

import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.rules.RenewalRules;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Embedding example 3: an analyst overrides a bundled rule with a DRL file of their own and sees the
 * decision change, with the new rule named in the reasons. (From the command line: put the file in a
 * directory and pass {@code --rules DIR}; a file named like a bundled one replaces it.)
 */
public final class AnalystRuleOverride {

    /** The bundled rule the analyst's file stands in for. */
    static final String REPLACED_RULE = "A low-value contract renews automatically";

    private AnalystRuleOverride() {
    }

    public static void main(String[] args) {
        Path drl = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/analyst/low-value-pilot.drl");
        run(drl, new PrintWriter(System.out, true));
    }

    static void run(Path analystDrl, PrintWriter out) {
        AccountProfile smallShop = AccountProfile.of("Corner Bakery", Money.of("4800.00", "USD"), 1, false, true,
                OrganizationStage.SCALING, 1, false, false, false);

        print("bundled pack", RenewalRules.bundled().assign(smallShop), out);

        // DRL is code: load analyst rules only from files the team reviews, like any other code.
        RenewalRules acme = RenewalRules.builder()
                .disableRule(REPLACED_RULE)
                .addFile(analystDrl)
                .build();
        print("with " + analystDrl.getFileName(), acme.assign(smallShop), out);
        out.flush();
    }

    private static void print(String pack, OwnerAssignment a, PrintWriter out) {
        out.printf("%s: %s -> %s (lens %s) because \"%s\"%n", pack, a.accountId(), a.owner(), a.lens(),
                a.reasons().get(0).rule());
    }
}
