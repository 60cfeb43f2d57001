package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.renewal.batch.BatchSink;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Term;
import dev.renewal.jackson.ContractReader;
import dev.renewal.json.PortfolioRead;
import dev.renewal.jackson.RenewalJson;
import dev.renewal.schedule.Derivation;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import dev.renewal.schedule.ScheduleEvent;
import dev.renewal.schedule.Status;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.workflow.StagePlans;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI's direct schedule writer writes what the mapper writes, byte for byte, pretty or compact. */
class ScheduleJsonTest {

    @Test
    void theSampleSchedulesOnManyDaysAreWrittenAsTheMapperWritesThem() throws IOException {
        PortfolioRead read;
        try (InputStream in = ScheduleJsonTest.class.getResourceAsStream("/sample/contracts.json")) {
            read = ContractReader.create().readAll(in);
        }
        ScheduleEngine engine = ScheduleEngine.defaults().withPlans(StagePlans.of(read.portfolio().plans()))
                .withStaff(StaffDirectory.of(read.portfolio().staff()))
                .withDefaultJurisdiction("DE", false);
        List<Schedule> schedules = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(97)) {
            engine.schedule(read.portfolio().contracts().iterator(), day, Execution.SEQUENTIAL,
                    BatchSink.<Schedule>of((s, i) -> schedules.add(s), r -> { }));
        }
        assertTrue(schedules.size() > 4_000, "schedules: " + schedules.size());
        assertTrue(schedules.stream().anyMatch(s -> !s.warnings().isEmpty()), "some schedules warn");
        assertTrue(schedules.stream().flatMap(s -> s.events().stream()).anyMatch(e -> e.recipient().isPresent()),
                "some escalations name a recipient");
        assertSameText(schedules);
    }

    @Test
    void oddTextAndYearsOutsideFourDigitsAreWrittenAsTheMapperWritesThem() throws IOException {
        Term term = Term.of(0, LocalDate.of(-3, 1, 1), LocalDate.of(10_000, 12, 31));
        Schedule odd = new Schedule("C-\"1\"\\\u00e9\u4e2d\n\uD83D\uDE00", LocalDate.of(9_999, 12, 31), Status.ACTIVE, term,
                Optional.of(LocalDate.of(0, 1, 1)), Optional.empty(), Optional.of(Term.of(1, LocalDate.of(1, 2, 3),
                LocalDate.of(999_999, 1, 1))), Optional.empty(), Optional.of(LocalDate.of(-999_999, 6, 15)), Optional.empty(),
                List.of(new ScheduleEvent(LocalDate.of(2026, 1, 2), EventType.REMINDER, OptionalInt.of(3),
                                Derivation.of("tab\there \u0001 </script>")),
                        ScheduleEvent.stageDue(LocalDate.of(2026, 1, 3), "PROPOSAL", Derivation.of("due")),
                        ScheduleEvent.escalation(LocalDate.of(2026, 1, 4), Optional.of("ana \"the boss\""), Derivation.of("up"))),
                List.of("warning \u00fc", ""));
        assertSameText(List.of(odd));
    }

    private static void assertSameText(List<Schedule> schedules) {
        for (boolean pretty : new boolean[] {true, false}) {
            assertEquals(text(schedules, pretty, false), text(schedules, pretty, true), pretty ? "pretty" : "compact");
        }
    }

    private static String text(List<Schedule> schedules, boolean pretty, boolean direct) {
        StringWriter out = new StringWriter();
        ScheduleJson json = new ScheduleJson();
        try (JsonGenerator g = RenewalJson.jsonFactory().createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            for (Schedule s : schedules) {
                if (direct) {
                    json.write(g, s);
                } else {
                    RenewalJson.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValue(g, s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
