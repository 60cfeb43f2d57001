package dev.renewal.bench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.OperatingSystemMXBean;
import dev.renewal.batch.BatchSink;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.jackson.RecordCursor;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.ScheduleEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Not JMH: where the CPU of {@code renewal schedule} goes, stage by stage, each run alone on one thread
 * over the same in-memory input (a file written by {@link PortfolioFile}): JSON tokens only, parse and
 * bind contracts, schedule (events not read), compose the events (the engine does it when they are first
 * read, i.e. when the output renders them), compose the derivation texts, render pretty JSON and NDJSON
 * with the mapper (texts included again; the CLI's direct writer costs less, see BENCHMARKS.md), write
 * the rendered bytes to a file. Prints the calling thread's CPU and the process's CPU (collector and JIT included) per
 * contract for each of four rounds; the first rounds include the JIT's warm-up, as the CLI's run does.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.renewal.bench.cli.CliStageCost /tmp/renewal-portfolio-200000.json</pre>
 */
public final class CliStageCost {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final ObjectWriter WRITER = RenewalJson.mapper().writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private static Object sink;

    private CliStageCost() {
    }

    public static void main(String[] args) throws IOException {
        byte[] input = Files.readAllBytes(Path.of(args[0]));
        Path out = Files.createTempFile("renewal-stage-cost", ".json");
        try {
            run(input, out, args.length > 1 ? Integer.parseInt(args[1]) : 4);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void run(byte[] input, Path out, int rounds) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ScheduleEngine engine = ScheduleEngine.defaults();
        List<Contract> contracts = parse(input);
        int n = contracts.size();
        List<List<Schedule>> fresh = new ArrayList<>(List.of(List.of()));
        byte[][] rendered = new byte[1][];
        String[] names = {"tokens", "parse+bind", "schedule", "events", "texts", "render json", "render ndjson", "write"};
        Runnable[] stages = {
            () -> sink = tokens(input),
            () -> sink = parse(input),
            () -> {
                List<Schedule> schedules = new ArrayList<>(n);
                engine.schedule(contracts.iterator(), AS_OF, Execution.SEQUENTIAL,
                        BatchSink.<Schedule>of((s, i) -> schedules.add(s), r -> sink = r));
                fresh.set(0, schedules);
            },
            () -> sink = events(fresh.get(0)),
            () -> sink = texts(fresh.get(0)),
            () -> rendered[0] = render(fresh.get(0), true),
            () -> sink = render(fresh.get(0), false),
            () -> write(rendered[0], out),
        };
        System.out.printf("%d contracts, %d bytes in; us per contract: thread CPU / process CPU / wall%n", n, input.length);
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int s = 0; s < stages.length; s++) {
                System.gc();
                long thread = threads.getCurrentThreadCpuTime();
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                stages[s].run();
                line.append(String.format("  %s %.2f/%.2f/%.2f", names[s],
                        (threads.getCurrentThreadCpuTime() - thread) / 1e3 / n,
                        (os.getProcessCpuTime() - cpu) / 1e3 / n, (System.nanoTime() - wall) / 1e3 / n));
            }
            System.out.println(line);
        }
    }

    private static long events(List<Schedule> schedules) {
        long count = 0;
        for (Schedule s : schedules) {
            count += s.events().size();
        }
        return count;
    }

    private static long texts(List<Schedule> schedules) {
        long chars = 0;
        for (Schedule s : schedules) {
            for (ScheduleEvent e : s.events()) {
                chars += e.derivation().text().length();
            }
        }
        return chars;
    }

    private static int tokens(byte[] input) {
        int count = 0;
        try (JsonParser p = RenewalJson.jsonFactory().createParser(input)) {
            while (p.nextToken() != null) {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static List<Contract> parse(byte[] input) {
        List<Contract> contracts = new ArrayList<>();
        try (RecordCursor<Contract> cursor = ContractReader.create().open(new ByteArrayInputStream(input), r -> { })) {
            cursor.readRemaining((c, i) -> contracts.add(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contracts;
    }

    /** As the CLI's output renders a batch: pretty JSON elements, or one compact schedule a line. */
    private static byte[] render(List<Schedule> schedules, boolean pretty) {
        ByteArrayBuilder text = new ByteArrayBuilder(1 << 20);
        try (JsonGenerator g = RenewalJson.jsonFactory().createGenerator(text)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withRootSeparator((String) null));
            }
            for (Schedule s : schedules) {
                if (pretty) {
                    g.writeRaw(", ");
                }
                WRITER.writeValue(g, s);
                if (!pretty) {
                    g.writeRaw('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toByteArray();
    }

    private static void write(byte[] bytes, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int at = 0; at < bytes.length; at += 1 << 20) {
                out.write(bytes, at, Math.min(1 << 20, bytes.length - at));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
