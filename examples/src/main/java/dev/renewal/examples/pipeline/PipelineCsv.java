package dev.renewal.examples.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.renewal.workflow.PipelineRow;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/** The pipeline as CSV for spreadsheets, quoted by jackson-dataformat-csv; the columns of the JSON row. */
public final class PipelineCsv {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("contractId").addColumn("account").addColumn("asOf").addColumn("termEnd")
            .addColumn("decisionDate").addColumn("plan").addColumn("stage").addColumn("stageDue")
            .addColumn("health").addColumn("daysOverdue").addColumn("result").addColumn("owner")
            .addColumn("escalateTo").addColumn("acvAmount").addColumn("acvCurrency").addColumn("warnings")
            .build().withHeader();

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private PipelineCsv() {
    }

    /** One line per row; {@code out} stays open. */
    public static void write(List<PipelineRow> rows, Writer out) throws IOException {
        try (SequenceWriter w = MAPPER.writer(SCHEMA).writeValues(out)) {
            for (PipelineRow r : rows) {
                w.write(List.of(r.contractId(), r.account(), r.asOf().toString(), r.termEnd().toString(),
                        r.decisionDate().toString(), r.plan(), r.stage().orElse(""),
                        r.stageDue().map(LocalDate::toString).orElse(""), r.health().name(),
                        Integer.toString(r.daysOverdue()), r.result().map(Enum::name).orElse(""), r.owner().orElse(""),
                        r.escalateTo().orElse(""), r.acv().map(m -> m.amount().toPlainString()).orElse(""),
                        r.acv().map(m -> m.currency().getCurrencyCode()).orElse(""), String.join("; ", r.warnings())));
            }
        }
    }
}
