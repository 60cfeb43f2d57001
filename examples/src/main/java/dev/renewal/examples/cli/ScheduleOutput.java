package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.schedule.Schedule;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes schedules as they are computed: a pretty-printed JSON array for people (as the other commands
 * print), or NDJSON, one compact schedule a line, for {@code grep}, {@code jq} and big portfolios.
 *
 * <p>Turning schedules into text costs more than computing them, so it runs in parallel: schedules are
 * gathered in batches, each batch is rendered to text on the common pool, and one writer thread writes
 * the texts in input order. At most {@link #IN_FLIGHT} batches are pending, so memory stays bounded and
 * a slow output slows the engine down rather than filling the heap.
 */
final class ScheduleOutput implements BatchSink<Schedule>, Closeable {

    /** How schedules are laid out. */
    enum Format { json, ndjson }

    private static final int BATCH = 1_024;
    private static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors() + 2;
    private static final CompletableFuture<byte[]> END = CompletableFuture.completedFuture(new byte[0]);

    private final Writer out;
    private final OutputStream bytes;
    private final Format format;
    private final Consumer<Rejection> rejections;
    private final BlockingQueue<CompletableFuture<byte[]>> pending = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread writer;
    private volatile Throwable failure;
    private Schedule[] batch = new Schedule[BATCH];
    private int size;
    private boolean first = true;
    private boolean closed;

    /**
     * Writes to {@code out}, or straight to {@code bytes} (UTF-8) when there is a byte stream under it;
     * {@code out} must have been flushed then.
     */
    ScheduleOutput(Writer out, Optional<OutputStream> bytes, Format format, Consumer<Rejection> rejections) {
        this.out = out;
        this.bytes = bytes.orElse(null);
        this.format = format;
        this.rejections = rejections;
        this.writer = new Thread(this::writeInOrder, "renewal-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void accept(long index, Schedule schedule) {
        batch[size++] = schedule;
        if (size == BATCH) {
            submit();
        }
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.accept(rejection);
    }

    /**
     * Writes what is left, ends the array (for JSON) and flushes; the target stays open. Rethrows what
     * failed on the way: an {@link OutputLostException} when the output could not be written.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failure == null) {
            submit();
            enqueue(END);
        }
        join();
        rethrowFailure();
        if (format == Format.json) {
            try {
                write((first ? "[ ]" : " ]").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new OutputLostException(e);
            }
            out.write(System.lineSeparator());
        }
        out.flush();
    }

    /** Stops the writer without writing the end, after the run failed elsewhere (a write blocked on a pipe is left to the process's end). */
    void abandon() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit() {
        if (size == 0) {
            return;
        }
        rethrowFailure();
        Schedule[] full = batch;
        int n = size;
        boolean leading = first;
        batch = new Schedule[BATCH];
        size = 0;
        first = false;
        enqueue(CompletableFuture.supplyAsync(() -> render(full, n, leading), ForkJoinPool.commonPool()));
    }

    private void enqueue(CompletableFuture<byte[]> text) {
        try {
            while (!pending.offer(text, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing schedules", e);
        }
    }

    private byte[] render(Schedule[] schedules, int n, boolean leading) {
        ByteArrayBuilder text = new ByteArrayBuilder(n * 2_048);
        ScheduleJson json = new ScheduleJson();
        try (JsonGenerator g = RenewalJson.jsonFactory().createGenerator(text)) {
            if (format == Format.json) {
                // Element by element at the root with no root separator, then the array's own ", " by hand:
                // the same text as one generator writing the whole array.
                g.setPrettyPrinter(new DefaultPrettyPrinter().withRootSeparator((String) null));
            }
            for (int i = 0; i < n; i++) {
                if (format == Format.json) {
                    g.writeRaw(i == 0 && leading ? "[ " : ", ");
                }
                json.write(g, schedules[i]);
                if (format == Format.ndjson) {
                    g.writeRaw('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toByteArray();
    }

    private void writeInOrder() {
        try {
            while (true) {
                CompletableFuture<byte[]> next = pending.take();
                if (next == END) {
                    return;
                }
                write(next.get());
            }
        } catch (InterruptedException e) {
            // abandoned
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    private void write(byte[] text) throws IOException {
        if (bytes != null) {
            bytes.write(text);
        } else {
            out.write(new String(text, StandardCharsets.UTF_8));
        }
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f instanceof IOException io) {
            throw new OutputLostException(io);
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }
}
