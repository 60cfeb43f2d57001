package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;

import java.time.DateTimeException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Drives a computation over a portfolio: reads the input in chunks, rejects what cannot be computed
 * (null records, ids already used, arithmetic beyond the supported date range), computes each chunk
 * sequentially or in parallel, and hands the outcomes on in input order, each under its input position
 * (a {@link RecordSource}'s own, so records a reader skipped keep their places). Duplicates are found while
 * reading, before any parallel work, so parallel and sequential runs reject the same records.
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

    PortfolioRun(Function<Contract, R> compute, Execution execution) {
        this.compute = compute;
        this.execution = execution;
    }

    void run(Iterator<? extends Contract> records, Handler<R> handler) {
        RecordSource<? extends Contract> input = RecordSource.of(records);
        IdIndex firstIndexById = new IdIndex();
        Contract[] contracts = new Contract[CHUNK];
        long[] positions = new long[CHUNK];
        Object[] outcomes = new Object[CHUNK];
        while (input.hasNext()) {
            int n = 0;
            while (n < CHUNK && input.hasNext()) {
                Contract c = input.next();
                long i = input.index();
                positions[n] = i;
                if (c == null) {
                    outcomes[n] = new Rejection(i, Optional.empty(), "record is null");
                    contracts[n++] = null;
                    continue;
                }
                long first = firstIndexById.putIfAbsent(c.id(), i);
                if (first >= 0) {
                    outcomes[n] = Rejection.of(i, c.id(), "id must be unique in the portfolio but '" + c.id()
                            + "' is already used by the record at index " + first);
                    contracts[n++] = null;
                    continue;
                }
                outcomes[n] = null;
                contracts[n++] = c;
            }
            computeChunk(contracts, positions, outcomes, n);
            for (int j = 0; j < n; j++) {
                Object outcome = outcomes[j];
                if (outcome instanceof Rejection r) {
                    handler.reject(r);
                } else {
                    @SuppressWarnings("unchecked")
                    R result = (R) outcome;
                    handler.accept(positions[j], contracts[j], result);
                }
                outcomes[j] = null;
                contracts[j] = null;
            }
        }
    }

    private void computeChunk(Contract[] contracts, long[] positions, Object[] outcomes, int n) {
        if (execution == Execution.PARALLEL && n > 1) {
            IntStream.range(0, n).parallel().forEach(j -> computeOne(contracts, positions, outcomes, j));
        } else {
            for (int j = 0; j < n; j++) {
                computeOne(contracts, positions, outcomes, j);
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
        } catch (InvalidValueException e) {
            // An unknown plan or jurisdiction, or progress that does not fit its terms: the message names the field.
            outcomes[j] = Rejection.of(positions[j], c.id(), e.getMessage());
        } catch (DateTimeException | ArithmeticException e) {
            outcomes[j] = Rejection.of(positions[j], c.id(),
                    "dates cannot be computed within the supported range: " + e.getMessage());
        }
    }
}
