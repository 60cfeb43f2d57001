package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;

import java.time.DateTimeException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Drives a computation over a portfolio: reads the input in chunks, rejects what cannot be computed
 * (null records, ids already used, arithmetic beyond the supported date range), computes each chunk
 * sequentially or in parallel, and hands the outcomes on in input order, each under its input position
 * (a {@link RecordSource}'s own, so records a reader skipped keep their places). Duplicates are found
 * on one thread in input order, so parallel and sequential runs reject the same records; in parallel
 * the duplicate check of a chunk runs beside the chunk's computation (a duplicate's result is then
 * dropped), as the check is sequential and would otherwise leave the other cores idle.
 */
final class PortfolioRun<R> {

    /** Receives outcomes in input order. */
    interface Handler<R> {
        void accept(long index, Contract contract, R result);

        void reject(Rejection rejection);
    }

    private static final int CHUNK = 8_192;

    private final Function<Contract, R> compute;
    private final Execution execution;
    private final int expected;

    /** {@code expected}: how many records the input holds when known (sizes the id index once), else 0. */
    PortfolioRun(Function<Contract, R> compute, Execution execution, int expected) {
        this.compute = compute;
        this.execution = execution;
        this.expected = expected;
    }

    /** The rejection of a null record. */
    static Rejection nullRecord(long index) {
        return new Rejection(index, Optional.empty(), "record is null");
    }

    /** The rejection of a record whose computation failed with {@code e}. */
    static Rejection rejection(long index, Contract c, RuntimeException e) {
        if (e instanceof InvalidValueException) {
            // An unknown plan or jurisdiction, or progress that does not fit its terms: the message names the field.
            return Rejection.of(index, c.id(), e.getMessage());
        }
        return Rejection.of(index, c.id(), "dates cannot be computed within the supported range: " + e.getMessage());
    }

    void run(Iterator<? extends Contract> records, Handler<R> handler) {
        RecordSource<? extends Contract> input = RecordSource.of(records);
        IdIndex firstIndexById = new IdIndex(expected);
        Contract[] contracts = new Contract[CHUNK];
        long[] positions = new long[CHUNK];
        Object[] outcomes = new Object[CHUNK];
        Rejection[] duplicates = new Rejection[CHUNK];
        boolean parallel = execution == Execution.PARALLEL;
        while (input.hasNext()) {
            int n = 0;
            while (n < CHUNK && input.hasNext()) {
                Contract c = input.next();
                long i = input.index();
                positions[n] = i;
                outcomes[n] = c == null ? nullRecord(i) : null;
                contracts[n++] = c;
            }
            int size = n;
            if (parallel && size > 1) {
                ForkJoinTask<?> check = ForkJoinPool.commonPool().submit(
                        () -> findDuplicates(firstIndexById, contracts, positions, duplicates, size));
                IntStream.range(0, size).parallel().forEach(j -> computeOne(contracts, positions, outcomes, j));
                check.join();
            } else {
                findDuplicates(firstIndexById, contracts, positions, duplicates, size);
                for (int j = 0; j < size; j++) {
                    if (duplicates[j] == null) {
                        computeOne(contracts, positions, outcomes, j);
                    }
                }
            }
            for (int j = 0; j < size; j++) {
                Object outcome = duplicates[j] != null ? duplicates[j] : outcomes[j];
                if (outcome instanceof Rejection r) {
                    handler.reject(r);
                } else {
                    @SuppressWarnings("unchecked")
                    R result = (R) outcome;
                    handler.accept(positions[j], contracts[j], result);
                }
                outcomes[j] = null;
                contracts[j] = null;
                duplicates[j] = null;
            }
        }
    }

    /** Marks the records of the chunk whose id an earlier record used, in input order. */
    private static void findDuplicates(IdIndex firstIndexById, Contract[] contracts, long[] positions, Rejection[] duplicates,
                                       int n) {
        for (int j = 0; j < n; j++) {
            Contract c = contracts[j];
            if (c == null) {
                continue;
            }
            long first = firstIndexById.putIfAbsent(c.id(), positions[j]);
            if (first >= 0) {
                duplicates[j] = Rejection.of(positions[j], c.id(), "id must be unique in the portfolio but '" + c.id()
                        + "' is already used by the record at index " + first);
            }
        }
    }

    private void computeOne(Contract[] contracts, long[] positions, Object[] outcomes, int j) {
        Contract c = contracts[j];
        if (c == null) {
            return;
        }
        try {
            outcomes[j] = compute.apply(c);
        } catch (InvalidValueException | DateTimeException | ArithmeticException e) {
            outcomes[j] = rejection(positions[j], c, e);
        }
    }
}
