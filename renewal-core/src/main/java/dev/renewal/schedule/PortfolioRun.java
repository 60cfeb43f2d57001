package dev.renewal.schedule;

import dev.renewal.contract.Contract;

import java.time.DateTimeException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Drives a computation over a portfolio: reads the input in chunks, rejects what cannot be computed
 * (null records, ids already used, arithmetic beyond the supported date range), computes each chunk
 * sequentially or in parallel, and hands the outcomes on in input order. Duplicates are found while
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

    void run(Iterator<? extends Contract> input, Handler<R> handler) {
        IdIndex firstIndexById = new IdIndex();
        Contract[] contracts = new Contract[CHUNK];
        Object[] outcomes = new Object[CHUNK];
        long index = 0;
        while (input.hasNext()) {
            int n = 0;
            long chunkStart = index;
            while (n < CHUNK && input.hasNext()) {
                Contract c = input.next();
                long i = index++;
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
            computeChunk(contracts, outcomes, n, chunkStart);
            for (int j = 0; j < n; j++) {
                Object outcome = outcomes[j];
                if (outcome instanceof Rejection r) {
                    handler.reject(r);
                } else {
                    @SuppressWarnings("unchecked")
                    R result = (R) outcome;
                    handler.accept(chunkStart + j, contracts[j], result);
                }
                outcomes[j] = null;
                contracts[j] = null;
            }
        }
    }

    private void computeChunk(Contract[] contracts, Object[] outcomes, int n, long chunkStart) {
        if (execution == Execution.PARALLEL && n > 1) {
            IntStream.range(0, n).parallel().forEach(j -> computeOne(contracts, outcomes, j, chunkStart));
        } else {
            for (int j = 0; j < n; j++) {
                computeOne(contracts, outcomes, j, chunkStart);
            }
        }
    }

    private void computeOne(Contract[] contracts, Object[] outcomes, int j, long chunkStart) {
        Contract c = contracts[j];
        if (c == null) {
            return;
        }
        try {
            outcomes[j] = compute.apply(c);
        } catch (DateTimeException | ArithmeticException e) {
            outcomes[j] = Rejection.of(chunkStart + j, c.id(),
                    "dates cannot be computed within the supported range: " + e.getMessage());
        }
    }
}
