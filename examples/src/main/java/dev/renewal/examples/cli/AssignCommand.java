package dev.renewal.examples.cli;

import dev.renewal.jackson.RecordReader;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.rules.RenewalRules;
import picocli.CommandLine.Command;

/** {@code renewal assign}: who should own each renewal, by the CURE lenses. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Owner assignments for account profiles, as a JSON array in input order.",
                "%nEach assignment names the owner role, the deciding CURE lens (C, U, R, E) and the reasons.",
                "%nFILE: a JSON array of account profiles (docs/json.md)."})
final class AssignCommand extends RuleCommand<AccountProfile, OwnerAssignment> {

    AssignCommand() {
        super("accounts.json", RecordReader.accountProfiles(), RenewalRules::assignAll);
    }
}
