package dev.renewal.bench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.renewal.bench.PortfolioGenerator;
import dev.renewal.jackson.RenewalJson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the standard generated portfolio to a file, contract by contract (any size, bounded memory), as
 * input for timing the {@code renewal} command line: a JSON array, or NDJSON when the name ends in
 * {@code .ndjson} or {@code .jsonl}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.renewal.bench.cli.PortfolioFile 1000000 /tmp/p1m.json</pre>
 */
public final class PortfolioFile {

    private PortfolioFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PortfolioFile SIZE FILE(.json|.ndjson|.jsonl)");
            System.exit(2);
        }
        int size = Integer.parseInt(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        String name = file.getFileName().toString();
        write(size, file, name.endsWith(".ndjson") || name.endsWith(".jsonl"));
        System.out.println(file + ": " + size + " contracts, " + Files.size(file) + " bytes");
    }

    /** Writes {@code size} generated contracts to {@code file}. */
    public static void write(int size, Path file, boolean lines) throws IOException {
        PortfolioGenerator generator = PortfolioGenerator.standard();
        ObjectWriter writer = RenewalJson.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = RenewalJson.jsonFactory().createGenerator(out)) {
            if (lines) {
                g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            } else {
                g.writeStartArray();
            }
            for (int i = 0; i < size; i++) {
                writer.writeValue(g, generator.contract(i));
            }
            if (lines) {
                g.writeRaw('\n');
            } else {
                g.writeEndArray();
            }
        }
    }
}
