package dev.renewal.examples.sample;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.Portfolio;
import dev.renewal.jackson.RenewalJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes the bundled sample data of the {@code renewal} tool. Run once and commit the output; the
 * fixed seed makes every run write the same bytes, which {@code SampleDataGeneratorTest} checks.
 *
 * <pre>{@code java ... SampleDataGenerator examples/src/main/resources/sample}</pre>
 */
public final class SampleDataGenerator {

    static final int CONTRACTS = 220;
    /** Contracts using the clauses of docs/conventions.md section 5, after the others. */
    static final int CLAUSE_CONTRACTS = 36;
    static final int ACCOUNT_PROFILES = 30;
    private static final long SEED = 20261123L;

    /** The three sample files by name, each as pretty-printed JSON text. */
    record Files3(String contracts, String delays, String accounts) {
    }

    private SampleDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/sample");
        Files3 files = generate();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("contracts.json"), files.contracts());
        Files.writeString(dir.resolve("delays.json"), files.delays());
        Files.writeString(dir.resolve("accounts.json"), files.accounts());
    }

    static Files3 generate() throws IOException {
        Random random = new Random(SEED);
        List<Contract> contracts = new ContractSamples(random).generate(CONTRACTS);
        // Their own random source, so the other contracts, delays and accounts stay what they were.
        List<Contract> all = new java.util.ArrayList<>(contracts);
        all.addAll(new ClauseSamples(new Random(SEED + 13)).generate(1001 + CONTRACTS, CLAUSE_CONTRACTS));
        ObjectWriter writer = RenewalJson.mapper().writerWithDefaultPrettyPrinter();
        String delays = writer.writeValueAsString(new DelaySamples(random).generate(contracts)) + "\n";
        String accounts = writer.writeValueAsString(new AccountSamples(random).generate(contracts, ACCOUNT_PROFILES)) + "\n";
        // The workflow has its own random stream, so the delays and accounts stay as they were; the clause
        // contracts follow the workflow's, without plans or progress.
        WorkflowSamples workflow = new WorkflowSamples(new Random(SEED + 1));
        List<Contract> withProgress = new java.util.ArrayList<>(workflow.withProgress(contracts));
        withProgress.addAll(all.subList(contracts.size(), all.size()));
        Portfolio portfolio = new Portfolio(withProgress, List.of(), workflow.staff(), workflow.plans());
        return new Files3(writer.writeValueAsString(portfolio) + "\n", delays, accounts);
    }
}
