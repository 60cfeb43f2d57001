package dev.renewal.bench.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.Rejection;
import dev.renewal.bench.PortfolioBenchmark;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.ContractReader;
import dev.renewal.json.Portfolio;
import dev.renewal.json.PortfolioRead;
import dev.renewal.jackson.RecordCursor;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.jackson.ScheduleWriter;
import dev.renewal.schedule.Execution;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JSON read and write of a whole portfolio through renewal-jackson (issue 4: read at 100 MB/s or more
 * on one core; issue 6: end to end, JSON to JSON, 200,000 contracts/s or more). One operation is the
 * whole document; the {@code bytes} and {@code records} counters are the throughput in bytes/s and
 * contracts/s. The baseline {@code tokensOnly} walks the same bytes with Jackson's bare streaming
 * parser: the ceiling a reader that also validates and builds contracts can approach.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PortfolioJsonBenchmark extends PortfolioBenchmark {

    Portfolio document;
    byte[] json;
    ObjectMapper mapper;
    ContractReader reader;

    /** Bytes and contracts handled, reported by JMH as rates beside the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        public long bytes;
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            records = 0;
        }
    }

    @Override
    protected void prepare() throws IOException {
        document = Portfolio.of(portfolio);
        mapper = RenewalJson.mapper();
        json = mapper.writeValueAsBytes(document);
        reader = ContractReader.create();
        PortfolioRead check = reader.readAll(new ByteArrayInputStream(json));
        if (!check.rejections().isEmpty() || check.portfolio().contracts().size() != size) {
            throw new IllegalStateException("the generated portfolio does not read back: " + check.rejections());
        }
    }

    @Benchmark
    public PortfolioRead readAll(Volume volume) throws IOException {
        PortfolioRead read = reader.readAll(new ByteArrayInputStream(json));
        count(volume, json.length, read.records());
        return read;
    }

    @Benchmark
    public void readStreaming(Volume volume, Blackhole bh) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        reader.read(new ByteArrayInputStream(json), BatchSink.of((record, index) -> bh.consume(record), rejections::add));
        bh.consume(rejections);
        count(volume, json.length, size);
    }

    @Benchmark
    public long tokensOnly(Volume volume) throws IOException {
        long tokens = 0;
        try (JsonParser p = RenewalJson.jsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        count(volume, json.length, size);
        return tokens;
    }

    @Benchmark
    public long write(Volume volume) throws IOException {
        CountingSink out = new CountingSink();
        mapper.writeValue(out, document);
        count(volume, out.count, size);
        return out.count;
    }

    /** Read contracts, schedule them in parallel, write the schedules: the CLI's path without the process. */
    @Benchmark
    public long endToEnd(Volume volume) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        CountingSink out = new CountingSink();
        try (RecordCursor<Contract> cursor = reader.open(new ByteArrayInputStream(json), rejections::add);
             ScheduleWriter writer = ScheduleWriter.to(out, rejections::add)) {
            engine.schedule(cursor, asOf, Execution.PARALLEL, writer);
        }
        count(volume, json.length, size);
        return out.count + rejections.size();
    }

    private static void count(Volume volume, long bytes, long records) {
        volume.bytes += bytes;
        volume.records += records;
    }

    /** Discards what is written and counts it, so writing is measured without a memory copy. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
