package dev.renewal.examples.agenda;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The agenda as CSV for spreadsheets, quoted by jackson-dataformat-csv (account names hold commas). */
public final class AgendaCsv {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("date").addColumn("daysLeft").addColumn("contractId").addColumn("account")
            .addColumn("event").addColumn("level").addColumn("owner").addColumn("derivation").addColumn("stage")
            .addColumn("for")
            .build().withHeader();

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private AgendaCsv() {
    }

    /** One row per event; {@code out} stays open. */
    public static void write(Agenda agenda, LocalDate asOf, Writer out) throws IOException {
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(out)) {
            for (AgendaEntry e : agenda.entries()) {
                rows.write(List.of(
                        e.event().date().toString(),
                        Long.toString(ChronoUnit.DAYS.between(asOf, e.event().date())),
                        e.contractId(),
                        e.account(),
                        e.event().type().name(),
                        e.event().level().isPresent() ? Integer.toString(e.event().level().getAsInt()) : "",
                        e.owner().orElse(""),
                        e.event().derivation().text(),
                        e.event().stage().orElse(""),
                        e.recipient().orElse("")));
            }
        }
    }
}
