package dev.renewal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.money.Money;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Rejection;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON shapes are a public contract: these files pin them byte for byte. */
class GoldenFilesTest {

    static final Contract ISSUE_EXAMPLE = Contract.builder("C-1", "Acme", LocalDate.parse("2024-03-15"))
            .initialTerm(Period.ofYears(1))
            .autoRenewal(AutoRenewal.of(Period.ofYears(1), 3))
            .notice(NoticePeriod.of(60, NoticeUnit.DAYS, NoticeAnchor.TERM_END, BusinessDayAdjustment.PRECEDING))
            .graceDays(15)
            .acv(Money.of("12000.00", "USD"))
            .noticeGivenOn(LocalDate.parse("2025-01-02"))
            .owner("maria")
            .extension(Extension.of(ExtensionKind.SHORT_TERM, Period.ofDays(30)).withFee(Money.of("500.00", "USD")))
            .build();

    private final ObjectMapper mapper = RenewalJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    static String golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /**
     * Compares with a golden file. Run with {@code -Drenewal.golden.update=true} after a deliberate
     * change of shape to rewrite the files, then review the diff.
     */
    static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("renewal.golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden", name), actual + "\n");
        }
        assertEquals(golden(name), actual);
    }

    @Test
    void aContractWritesAsTheDocumentedShape() throws IOException {
        assertGolden("contract.json", mapper.writeValueAsString(ISSUE_EXAMPLE));
        assertEquals(ISSUE_EXAMPLE, mapper.readValue(golden("contract.json"), Contract.class));
    }

    @Test
    void aScheduleWritesAsTheDocumentedShape() throws IOException {
        Schedule s = ScheduleEngine.defaults().schedule(ISSUE_EXAMPLE, LocalDate.parse("2025-01-01"));
        assertGolden("schedule.json", mapper.writeValueAsString(s));
        assertEquals(s, mapper.readValue(golden("schedule.json"), Schedule.class));
    }

    @Test
    void anAgendaEntryAndARejectionWriteAsTheDocumentedShapes() throws IOException {
        Agenda agenda = ScheduleEngine.defaults().agenda(List.of(ISSUE_EXAMPLE), LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-31"), Execution.SEQUENTIAL);
        assertGolden("agenda-entries.json", mapper.writeValueAsString(agenda.entries()));
        assertGolden("rejection.json", mapper.writeValueAsString(
                Rejection.of(3, "C-17", "contracts[3].notice.amount must be >= 0 but was -5 (line 4, column 31)")));
    }
}
