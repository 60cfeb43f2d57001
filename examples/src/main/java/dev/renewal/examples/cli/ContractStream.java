package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.LineCursor;
import dev.renewal.jackson.RecordCursor;
import dev.renewal.ledger.ContractLedgerReader;
import dev.renewal.ledger.XlsxLedgerReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * <p>The engine needs a portfolio's holidays, staff and plans before its first contract, and a portfolio
 * object may name them after its contracts. So for a file (or the bundled sample) in that shape a first
 * pass skips the contracts unbound and reads those members, then the contracts stream; standard input
 * cannot be read twice, so a portfolio object there is read whole before the first contract is handed
 * over (a bare array or NDJSON on standard input streams).
 */
final class ContractStream implements RecordSource<Contract>, AutoCloseable {

    /** Contracts per hand-over: large enough that the queue costs nothing per contract. */
    private static final int CHUNK = 4_096;
    /** Chunks read ahead of the engine. */
    private static final int AHEAD = 4;
    private static final long JOIN_MILLIS = 2_000;
    private static final String SAMPLE = "contracts.json";

    /** One hand-over: contracts and their positions, or the end of the input (possibly an error). */
    private record Chunk(Contract[] contracts, long[] positions, int size, Throwable failure) {
        static final Chunk END = new Chunk(new Contract[0], new long[0], 0, null);
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<PortfolioSides> sides = new CompletableFuture<>();
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
     * The holidays, staff and plans the portfolio names, wherever it names them; waits for the reader to
     * know them all.
     *
     * @throws UserInputException if the input cannot be read at all
     */
    PortfolioSides sides() {
        try {
            return sides.get();
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
        try (InputStream in = new BufferedInputStream(file.open(SAMPLE, stdin), 1 << 16)) {
            readInto(file, stdin, in, chunker);
            chunker.flush();
            sides.complete(PortfolioSides.NONE);
            put(Chunk.END);
        } catch (StopReading e) {
            sides.complete(PortfolioSides.NONE);
        } catch (RuntimeException | IOException e) {
            fail(asUserError(file, e));
        } catch (Error e) {
            fail(e);
        }
    }

    private void fail(Throwable failure) {
        sides.completeExceptionally(failure);
        putQuietly(new Chunk(null, null, 0, failure));
    }

    private void readInto(InputFile file, InputStream stdin, InputStream in, Chunker chunker) throws IOException {
        if (file.isCsv()) {
            sides.complete(PortfolioSides.NONE);
            ContractLedgerReader.create().read(new InputStreamReader(in, StandardCharsets.UTF_8), chunker);
            return;
        }
        if (file.isXlsx()) {
            sides.complete(PortfolioSides.NONE);
            XlsxLedgerReader.create().read(in, chunker);
            return;
        }
        switch (file.isNdjson() ? InputFormat.Shape.NDJSON : InputFormat.peek(in)) {
            case NDJSON -> {
                sides.complete(PortfolioSides.NONE);
                try (LineCursor<Contract> lines = ContractReader.create().openLines(in, rejections::add)) {
                    while (lines.hasNext()) {
                        chunker.accept(lines.index(), lines.next());
                    }
                }
            }
            case PORTFOLIO -> {
                if (file.isStdin()) {
                    chunker.hold(); // one pass only: every contract waits for the members after them
                    readContracts(in, chunker);
                    chunker.release();
                } else {
                    sides.complete(readSides(file, stdin));
                    readContracts(in, chunker);
                }
            }
            case ARRAY -> {
                sides.complete(PortfolioSides.NONE);
                readContracts(in, chunker);
            }
        }
    }

    /** The first pass over a portfolio file: its holidays, staff and plans, its contracts skipped unbound. */
    private static PortfolioSides readSides(InputFile file, InputStream stdin) throws IOException {
        try (InputStream in = new BufferedInputStream(file.open(SAMPLE, stdin), 1 << 16);
             RecordCursor<Contract> cursor = ContractReader.create().open(in, rejection -> { })) {
            cursor.skipRemaining();
            return PortfolioSides.of(cursor);
        }
    }

    /** Hands the contracts over; then, every member read, completes the sides (if a first pass did not). */
    private void readContracts(InputStream in, Chunker chunker) throws IOException {
        try (RecordCursor<Contract> cursor = ContractReader.create().open(in, rejections::add)) {
            while (cursor.hasNext()) {
                Contract c = cursor.next();
                chunker.accept(cursor.index(), c);
            }
            sides.complete(PortfolioSides.of(cursor));
        }
    }

    private RuntimeException asUserError(InputFile file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof JsonProcessingException j) {
            return UserInputException.unreadable(file.describe(SAMPLE), j);
        }
        if (cause instanceof IOException io) {
            return new UserInputException("cannot read " + file.describe(SAMPLE) + ": " + io.getMessage(), io);
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
        private List<Chunk> held;

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

        /** From now on chunks are kept here instead of handed over, until {@link #release()}. */
        void hold() {
            held = new ArrayList<>();
        }

        /** Hands the chunks kept since {@link #hold()} over, in order. */
        void release() {
            flush();
            List<Chunk> all = held;
            held = null;
            for (Chunk chunk : all) {
                put(chunk);
            }
        }

        void flush() {
            if (size > 0) {
                Chunk chunk = new Chunk(contracts, positions, size, null);
                if (held != null) {
                    if (closed) {
                        throw new StopReading();
                    }
                    held.add(chunk);
                } else {
                    put(chunk);
                }
                contracts = new Contract[CHUNK];
                positions = new long[CHUNK];
                size = 0;
            }
        }
    }
}
