package dev.renewal.examples.cli;

import dev.renewal.jackson.RecordReader;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.rules.BatchResult;
import dev.renewal.rules.RenewalRules;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code renewal assign}: who should own each renewal, by the CURE lenses. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Owner assignments for account profiles, as a JSON array in input order.",
                "%nEach assignment names the owner role, the deciding CURE lens (C, U, R, E) and the reasons."})
final class AssignCommand extends RuleCommand<AccountProfile, OwnerAssignment> {

    @Override
    String sample() {
        return "accounts.json";
    }

    @Override
    RecordReader<AccountProfile> reader() {
        return RecordReader.accountProfiles();
    }

    @Override
    BatchResult<OwnerAssignment> decide(RenewalRules rules, List<AccountProfile> records) {
        return rules.assignAll(records);
    }
}
