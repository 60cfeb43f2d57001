package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.batch.RecordSource;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.RecordCursor;
import dev.renewal.jackson.RecordReader;
import dev.renewal.ledger.ContractLedgerReader;
import dev.renewal.ledger.XlsxLedgerReader;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a command's FILE, read one by one so a bad record is reported and the rest still run.
 *
 * @param records    the good records, in input order
 * @param positions  for each good record, its position in the input (bad records leave gaps)
 * @param holidays   the holidays a portfolio file names, if any
 * @param rejections the records that could not be read, with their input positions
 * @param staff      the staff directory a portfolio file names, if any
 * @param plans      the stage plans a portfolio file defines, if any
 * @param <T>        the record type
 */
record RecordInput<T>(List<T> records, long[] positions, List<LocalDate> holidays, List<Rejection> rejections,
                      List<StaffMember> staff, List<StagePlan> plans) {

    /** Reads the whole input into a sink and returns what the portfolio named beside the records. */
    private interface Reading<T> {
        PortfolioSides read(InputStream in, BatchSink<T> sink) throws IOException;
    }

    /** A portfolio (JSON with optional holidays, a CSV or an .xlsx ledger); the sample is the bundled contracts. */
    static RecordInput<Contract> contracts(InputFile file, InputStream stdin) {
        if (file.isCsv()) {
            return read(file, "contracts.json", stdin, (in, sink) -> {
                ContractLedgerReader.create().read(new InputStreamReader(in, StandardCharsets.UTF_8), sink);
                return PortfolioSides.NONE;
            });
        }
        if (file.isXlsx()) {
            return read(file, "contracts.json", stdin, (in, sink) -> {
                XlsxLedgerReader.create().read(in, sink);
                return PortfolioSides.NONE;
            });
        }
        return read(file, "contracts.json", stdin, (in, sink) -> {
            try (RecordCursor<Contract> cursor = ContractReader.create().open(in, sink::reject)) {
                cursor.readRemaining((c, index) -> sink.accept(index, c));
                return PortfolioSides.of(cursor);
            }
        });
    }

    /**
     * An array of records of another type, e.g. delay reports; {@code sample} names the bundled file, and its
     * base name ({@code delays}) names the array in rejection paths ({@code delays[3].cause}), as
     * {@code contracts[3].notice.amount} does for contracts, so every command reports paths the same way.
     */
    static <T> RecordInput<T> of(InputFile file, String sample, InputStream stdin, RecordReader<T> reader) {
        if (file.isCsv() || file.isXlsx()) {
            throw new UserInputException("cannot read " + file.describe(sample) + ": this command reads JSON;"
                    + " CSV and .xlsx ledgers are for contracts (schedule, agenda)");
        }
        String arrayName = sample.substring(0, sample.indexOf('.'));
        return read(file, sample, stdin, (in, sink) -> {
            reader.read(in, BatchSink.of((record, index) -> sink.accept(index, record), rejection -> {
                String reason = rejection.reason();
                sink.reject(reason.startsWith("[")
                        ? new Rejection(rejection.index(), rejection.id(), arrayName + reason) : rejection);
            }));
            return PortfolioSides.NONE;
        });
    }

    private static <T> RecordInput<T> read(InputFile file, String sample, InputStream stdin, Reading<T> reading) {
        List<T> records = new ArrayList<>();
        List<Long> indices = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (InputStream in = file.open(sample, stdin)) {
            PortfolioSides sides = reading.read(in, BatchSink.of((record, index) -> {
                records.add(record);
                indices.add(index);
            }, rejections::add));
            return new RecordInput<>(records, indices.stream().mapToLong(Long::longValue).toArray(), sides.holidays(),
                    rejections, sides.staff(), sides.plans());
        } catch (JsonProcessingException e) {
            throw UserInputException.unreadable(file.describe(sample), e);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException("cannot read " + file.describe(sample) + ": " + e.getMessage(), e);
        }
    }

    /** The good records with their input positions, so the engine's rejections name input positions too. */
    RecordSource<T> source() {
        return new RecordSource<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < records.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return records.get(next++);
            }

            @Override
            public long index() {
                return next == 0 ? -1 : positions[next - 1];
            }
        };
    }

    /** The read rejections followed by {@code later} ones (the engine's), all under input positions. */
    List<Rejection> allRejections(List<Rejection> later) {
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(later);
        return all;
    }
}
