package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.LineCursor;
import dev.renewal.jackson.RecordCursor;
import dev.renewal.jackson.csv.ContractLedgerReader;
import dev.renewal.jackson.csv.XlsxLedgerReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The contracts of a command's FILE, parsed on a thread of their own while the caller schedules the
 * ones already read: the reader hands chunks of contracts (with their input positions) over a bounded
 * queue, so memory holds a few chunks whatever the input's size, and parsing overlaps the engine's work.
 * Bad records are collected as rejections under their input positions; the others come out in input order.
 *
 * <p>A portfolio's holidays are known once the reader reaches the first contract, which is why a
 * portfolio object must name its holidays before its contracts (as the library writes them).
 */
final class ContractStream implements RecordSource<Contract>, AutoCloseable {

    /** Contracts per hand-over: large enough that the queue costs nothing per contract. */
    private static final int CHUNK = 4_096;
    /** Chunks read ahead of the engine. */
    private static final int AHEAD = 4;
    private static final long JOIN_MILLIS = 2_000;

    /** One hand-over: contracts and their positions, or the end of the input (possibly an error). */
    private record Chunk(Contract[] contracts, long[] positions, int size, Throwable failure) {
        static final Chunk END = new Chunk(new Contract[0], new long[0], 0, null);
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<List<LocalDate>> holidays = new CompletableFuture<>();
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current = new Chunk(new Contract[0], new long[0], 0, null);
    private int next;
    private long index = -1;
    private boolean ended;

    private ContractStream(InputFile file, InputStream stdin) {
        reader = new Thread(() -> read(file, stdin), "renewal-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts reading {@code file} (JSON array or portfolio, NDJSON, CSV or .xlsx ledger). */
    static ContractStream open(InputFile file, InputStream stdin) {
        return new ContractStream(file, stdin);
    }

    /**
     * The holidays the portfolio names before its contracts; waits for the reader to reach the first one.
     *
     * @throws UserInputException if the input cannot be read at all
     */
    List<LocalDate> holidays() {
        try {
            return holidays.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the input", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error e) {
            throw e; // out of memory stays out of memory, for the failure handler's advice
        }
        return failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }

    @Override
    public boolean hasNext() {
        while (next == current.size() && !ended) {
            Chunk chunk = take();
            if (chunk.failure() != null) {
                ended = true;
                throw rethrown(chunk.failure());
            }
            if (chunk == Chunk.END) {
                ended = true;
            }
            current = chunk;
            next = 0;
        }
        return next < current.size();
    }

    @Override
    public Contract next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        index = current.positions()[next];
        return current.contracts()[next++];
    }

    @Override
    public long index() {
        return index;
    }

    /** The records that could not be read, followed by {@code later} ones (the engine's), all under input positions. */
    List<Rejection> allRejections(List<Rejection> later) {
        List<Rejection> all;
        synchronized (rejections) {
            all = new ArrayList<>(rejections);
        }
        all.addAll(later);
        return all;
    }

    /**
     * Stops the reader (when the run ends early) and waits for it a little: a read blocked on a pipe
     * cannot be interrupted, and the daemon thread then ends with the process.
     */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        try {
            reader.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the input", e);
        }
    }

    // ---- the reader thread ----

    private void read(InputFile file, InputStream stdin) {
        Chunker chunker = new Chunker();
        try (InputStream in = new BufferedInputStream(file.open("contracts.json", stdin), 1 << 16)) {
            readInto(file, in, chunker);
            chunker.flush();
            holidays.complete(List.of());
            put(Chunk.END);
        } catch (StopReading e) {
            holidays.complete(List.of());
        } catch (RuntimeException e) {
            RuntimeException failure = asUserError(file, e);
            holidays.completeExceptionally(failure);
            putQuietly(new Chunk(null, null, 0, failure));
        } catch (IOException e) {
            RuntimeException failure = asUserError(file, e);
            holidays.completeExceptionally(failure);
            putQuietly(new Chunk(null, null, 0, failure));
        } catch (Error e) {
            holidays.completeExceptionally(e);
            putQuietly(new Chunk(null, null, 0, e));
        }
    }

    private void readInto(InputFile file, InputStream in, Chunker chunker) throws IOException {
        if (file.isCsv()) {
            holidays.complete(List.of());
            ContractLedgerReader.create().read(new InputStreamReader(in, StandardCharsets.UTF_8), chunker);
        } else if (file.isXlsx()) {
            holidays.complete(List.of());
            XlsxLedgerReader.create().read(in, chunker);
        } else if (file.isNdjson() || InputFormat.looksLikeNdjson(in)) {
            holidays.complete(List.of());
            try (LineCursor<Contract> lines = ContractReader.create().openLines(in, rejections::add)) {
                while (lines.hasNext()) {
                    chunker.accept(lines.index(), lines.next());
                }
            }
        } else {
            try (RecordCursor<Contract> cursor = ContractReader.create().open(in, rejections::add)) {
                boolean any = cursor.hasNext(); // reads the holidays that come before the contracts
                List<LocalDate> before = List.copyOf(cursor.holidays());
                holidays.complete(before);
                while (any && cursor.hasNext()) {
                    Contract c = cursor.next();
                    chunker.accept(cursor.index(), c);
                }
                if (!cursor.holidays().equals(before)) {
                    throw new UserInputException("cannot read " + file.describe("contracts.json")
                            + ": the portfolio's holidays must come before its contracts, so that contracts can be"
                            + " scheduled as they are read; move \"holidays\" first or pass them with --holidays");
                }
            }
        }
    }

    private RuntimeException asUserError(InputFile file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof JsonProcessingException j) {
            String at = j.getLocation() == null ? ""
                    : " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
            return new UserInputException("cannot read " + file.describe("contracts.json") + ": "
                    + j.getOriginalMessage() + at, j);
        }
        if (cause instanceof IOException io) {
            return new UserInputException("cannot read " + file.describe("contracts.json") + ": " + io.getMessage(), io);
        }
        return (RuntimeException) e;
    }

    private void put(Chunk chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            throw new StopReading();
        }
        if (closed) {
            throw new StopReading();
        }
    }

    private void putQuietly(Chunk chunk) {
        try {
            if (!closed) {
                queue.put(chunk);
            }
        } catch (InterruptedException e) {
            // the consumer has gone
        }
    }

    /** The consumer closed the stream: the reader stops where it is. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Gathers read contracts into chunks; as a sink it takes the ledger readers' output too. */
    private final class Chunker implements BatchSink<Contract> {
        private Contract[] contracts = new Contract[CHUNK];
        private long[] positions = new long[CHUNK];
        private int size;

        @Override
        public void accept(long position, Contract contract) {
            contracts[size] = contract;
            positions[size++] = position;
            if (size == CHUNK) {
                flush();
            }
        }

        @Override
        public void reject(Rejection rejection) {
            rejections.add(rejection);
        }

        void flush() {
            if (size > 0) {
                put(new Chunk(contracts, positions, size, null));
                contracts = new Contract[CHUNK];
                positions = new long[CHUNK];
                size = 0;
            }
        }
    }
}
