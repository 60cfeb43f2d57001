package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.RecordSink;
import dev.renewal.schedule.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The contracts of a command's FILE, read record by record so a bad record is reported and the rest
 * still run.
 *
 * @param contracts  the good contracts, in input order
 * @param inputIndex for each good contract, its position in the input (bad records leave gaps)
 * @param holidays   the holidays the portfolio file names, if any
 * @param rejections the records that could not be read, with their input positions
 */
record ContractInput(List<Contract> contracts, long[] inputIndex, List<LocalDate> holidays, List<Rejection> rejections) {

    static final String SAMPLE = "contracts.json";

    static ContractInput read(InputFile file, InputStream stdin) {
        if (file.isCsv()) {
            throw new UserInputException("cannot read " + file.describe(SAMPLE) + ": CSV ledgers are not supported yet");
        }
        List<Contract> contracts = new ArrayList<>();
        List<Long> indices = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (InputStream in = file.open(SAMPLE, stdin)) {
            List<LocalDate> holidays = ContractReader.create().read(in, new RecordSink<>() {
                @Override
                public void accept(long index, Contract contract) {
                    contracts.add(contract);
                    indices.add(index);
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(rejection);
                }
            });
            return new ContractInput(contracts, indices.stream().mapToLong(Long::longValue).toArray(), holidays, rejections);
        } catch (JsonProcessingException e) {
            throw new UserInputException("cannot read " + file.describe(SAMPLE) + ": " + e.getOriginalMessage()
                    + location(e), e);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException("cannot read " + file.describe(SAMPLE) + ": " + e.getMessage(), e);
        }
    }

    /** The same rejection with the engine's position (among good contracts) turned into the input position. */
    Rejection inInput(Rejection engineRejection) {
        return new Rejection(inputIndex[Math.toIntExact(engineRejection.index())], engineRejection.contractId(),
                engineRejection.reason());
    }

    /** Read rejections and the engine's, all with input positions. */
    List<Rejection> allRejections(List<Rejection> engineRejections) {
        List<Rejection> all = new ArrayList<>(rejections);
        engineRejections.forEach(r -> all.add(inInput(r)));
        return all;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
