package dev.renewal.flink.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.renewal.flink.EngineSettings;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.json.Portfolio;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields of portfolio objects beside their contracts (holidays, staff, plans), read when the job
 * is defined: every task needs them before its first contract, and the library's own sample puts
 * them after the contracts. The contracts are skipped by the streaming parser, so memory holds one
 * field, never the file.
 */
final class PortfolioFields {

    static final String CONTRACTS = "contracts";
    static final Set<String> NAMES = Set.of(CONTRACTS, "holidays", "staff", "plans");

    private static final TypeReference<List<LocalDate>> DATES = new TypeReference<>() {
    };
    private static final TypeReference<List<StaffMember>> STAFF = new TypeReference<>() {
    };
    private static final TypeReference<List<StagePlan>> PLANS = new TypeReference<>() {
    };

    /** A field's value is read where it stands; the rest of the object follows it. */
    private static final ObjectReader FIELD = RecordJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PortfolioFields() {
    }

    /** True when every file under {@code input} is named as NDJSON ({@code .ndjson}, {@code .jsonl}). */
    static boolean allLines(List<Path> files) {
        return files.stream().allMatch(f -> {
            String name = f.getName().toLowerCase(Locale.ROOT);
            return name.endsWith(".ndjson") || name.endsWith(".jsonl");
        });
    }

    /** The files the source reads under {@code input}: all nested files but hidden ones ({@code .x}, {@code _x}). */
    static List<Path> files(Path input) throws IOException {
        FileSystem fs = input.getFileSystem();
        List<Path> files = new ArrayList<>();
        collect(fs, fs.getFileStatus(input), files, true);
        return files;
    }

    private static void collect(FileSystem fs, FileStatus status, List<Path> files, boolean root) throws IOException {
        String name = status.getPath().getName();
        if (!root && (name.startsWith(".") || name.startsWith("_"))) {
            return;
        }
        if (!status.isDir()) {
            files.add(status.getPath());
            return;
        }
        for (FileStatus child : fs.listStatus(status.getPath())) {
            collect(fs, child, files, false);
        }
    }

    /**
     * The settings the portfolio objects among {@code files} add: their holidays, staff and plans.
     *
     * @throws IllegalArgumentException naming the file when one of those fields is not valid
     */
    static EngineSettings read(List<Path> files) throws IOException {
        EngineSettings settings = EngineSettings.defaults();
        for (Path file : files) {
            try (FSDataInputStream stream = file.getFileSystem().open(file)) {
                BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
                settings = settings.with(read(in, file));
            }
        }
        return settings;
    }

    private static boolean skipped(JsonParser p) throws IOException {
        try {
            p.skipChildren();
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static EngineSettings read(BufferedReader in, Path file) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        List<LocalDate> holidays = List.of();
        List<StaffMember> staff = List.of();
        List<StagePlan> plans = List.of();
        try (JsonParser p = RecordJson.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !NAMES.contains(p.currentName())) {
                return EngineSettings.defaults();
            }
            for (String name = p.currentName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                switch (name) {
                    case "holidays" -> holidays = FIELD.forType(DATES).readValue(p);
                    case "staff" -> staff = FIELD.forType(STAFF).readValue(p);
                    case "plans" -> plans = FIELD.forType(PLANS).readValue(p);
                    case CONTRACTS -> {
                        if (!skipped(p)) {
                            // The array breaks off: its records' business (a rejection says where); the fields read stand.
                            return EngineSettings.of(new Portfolio(List.of(), holidays, staff, plans));
                        }
                    }
                    default -> throw new IllegalArgumentException(file + ": '" + name
                            + "' is not a field of a portfolio (known: contracts, holidays, staff, plans)");
                }
            }
            return EngineSettings.of(new Portfolio(List.of(), holidays, staff, plans));
        } catch (JsonProcessingException e) {
            // A broken contracts array is the records' business (rejections); a broken header field stops the job.
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
