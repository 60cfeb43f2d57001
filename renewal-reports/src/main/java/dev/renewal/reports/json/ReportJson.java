package dev.renewal.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayReport;
import dev.renewal.money.Money;
import dev.renewal.report.CureAudit;
import dev.renewal.report.MoneyTotals;
import dev.renewal.report.OwnerLoad;
import dev.renewal.report.PipelineDashboard;
import dev.renewal.report.QuarterlyReview;
import dev.renewal.report.StageLateness;
import dev.renewal.report.WeeklyDelayUpdate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The reports as JSON in the shapes of docs/json.md: dates {@code yyyy-MM-dd}, money
 * {@code {"amount": "12000.00", "currency": "USD"}}, totals per currency an array of money, shares and
 * medians decimal strings, absent values {@code null}. Written by Jackson from the core records with a few
 * mix-ins. Thread-safe.
 */
public final class ReportJson {

    private static final ObjectWriter WRITER = mapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ReportJson() {
    }

    /** The mapper that knows the report types; a new one each call, to configure further. */
    public static ObjectMapper mapper() {
        SimpleModule module = new SimpleModule("renewal-reports");
        module.addSerializer(Money.class, new MoneyJsonSerializer());
        module.addSerializer(MoneyTotals.class, new MoneyTotalsJsonSerializer());
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addSerializer(BigDecimal.class, ToStringSerializer.instance);
        module.setMixInAnnotation(PipelineDashboard.class, ReportMixins.Pipeline.class);
        module.setMixInAnnotation(WeeklyDelayUpdate.class, ReportMixins.Delays.class);
        module.setMixInAnnotation(CureAudit.class, ReportMixins.Cure.class);
        module.setMixInAnnotation(QuarterlyReview.class, ReportMixins.Quarter.class);
        module.setMixInAnnotation(OwnerLoad.class, ReportMixins.OwnerLoadRate.class);
        module.setMixInAnnotation(StageLateness.class, ReportMixins.StageLatenessShare.class);
        module.setMixInAnnotation(Rejection.class, ReportMixins.RejectionNames.class);
        module.setMixInAnnotation(DelayReport.class, ReportMixins.DelayEntry.class);
        return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(module)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** {@code report} as indented JSON, ending with a line break. */
    public static String write(Object report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code report} as indented JSON to {@code out}, ending with a line break; {@code out} stays open. */
    public static void write(Object report, Writer out) throws IOException {
        out.write(write(report));
    }
}
