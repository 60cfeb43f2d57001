package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.calendar.BusinessCalendar;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Properties of docs/conventions.md section 3 over generated contracts and staff directories. */
class WorkflowPropertiesTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.withHolidays(List.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 24)));
    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

    /** Contracts with every term shape, notice form and cap, drawn from a handful of numbers. */
    static Gen<Contract> contracts() {
        return lists().of(integers().between(0, 1_000_000)).ofSize(8).map(n -> {
            LocalDate start = BASE.plusDays(n.get(0) % 1500);
            Period initial = period(n.get(1));
            Contract.Builder b = Contract.builder("P", "Acme", start).owner("owner");
            if (n.get(2) % 5 == 0) {
                b.end(start.plusDays(n.get(2) % 900));
            } else {
                b.initialTerm(initial);
            }
            int renewal = n.get(3) % 4;
            if (renewal == 1) {
                b.autoRenewal(AutoRenewal.of(period(n.get(4)), n.get(4) % 6));
            } else if (renewal > 1) {
                b.autoRenewal(period(n.get(4)));
            }
            NoticeUnit unit = NoticeUnit.values()[n.get(5) % NoticeUnit.values().length];
            int amount = unit == NoticeUnit.MONTHS ? n.get(6) % 13 : unit == NoticeUnit.WEEKS ? n.get(6) % 20 : n.get(6) % 121;
            b.notice(NoticePeriod.of(amount, unit, NoticeAnchor.values()[n.get(7) % 2],
                    BusinessDayAdjustment.values()[(n.get(7) / 2) % BusinessDayAdjustment.values().length]));
            return b.build();
        });
    }

    private static Period period(int n) {
        return switch (n % 5) {
            case 0 -> Period.ofYears(1 + n % 3);
            case 1 -> Period.ofMonths(1 + n % 24);
            case 2 -> Period.ofDays(1 + n % 400);
            case 3 -> Period.ofMonths(1);
            default -> Period.ofMonths(3);
        };
    }

    private static int cycleCount(RenewalCycles cycles) {
        return Math.min(cycles.lastIndex().orElse(Integer.MAX_VALUE), 12) + 1;
    }

    @Test
    void cyclesNeverOverlapAndNoDateOfACycleFallsBeforeItsTermStarts() {
        qt().forAll(contracts()).checkAssert(c -> {
            RenewalCycles cycles = RenewalCycles.of(c, StagePlans.defaults(), CALENDAR);
            RenewalCycle previous = null;
            for (int k = 0; k < cycleCount(cycles); k++) {
                RenewalCycle cycle = cycles.cycle(k);
                assertFalse(cycle.opensOn().isBefore(cycle.term().start()), cycle::toString);
                assertFalse(cycle.decisionDate().isBefore(cycle.opensOn()), cycle::toString);
                for (StageDue s : cycle.stages()) {
                    assertTrue(cycle.windowContains(s.due()), () -> s + " outside " + cycle);
                }
                if (previous != null) {
                    assertTrue(previous.decisionDate().isBefore(cycle.opensOn()), previous + " overlaps " + cycle);
                }
                previous = cycle;
            }
        });
    }

    @Test
    void withoutProgressHealthOnlyMovesFromOnTrackToDueSoonToOverdueToAutoRenewedOrMissed() {
        Pipeline pipeline = Pipeline.of(StagePlans.defaults(), StaffDirectory.empty(), CALENDAR);
        qt().withExamples(300).forAll(contracts(), integers().between(0, 11)).checkAssert((c, pick) -> {
            RenewalCycles cycles = RenewalCycles.of(c, StagePlans.defaults(), CALENDAR);
            RenewalCycle cycle = cycles.cycle(pick % cycleCount(cycles));
            int rank = 0;
            for (LocalDate a = cycle.opensOn(); !a.isAfter(cycle.decisionDate().plusDays(31)); a = a.plusDays(1)) {
                Optional<PipelineRow> row = pipeline.row(c, a);
                if (row.isEmpty() || !row.get().termEnd().equals(cycle.term().end())) {
                    continue;
                }
                int now = rank(row.get());
                assertTrue(now >= rank, () -> "health went back to " + row.get().health() + " on " + row.get().asOf());
                rank = now;
            }
        });
    }

    private static int rank(PipelineRow row) {
        return switch (row.health()) {
            case ON_TRACK -> 0;
            case DUE_SOON -> 1;
            case OVERDUE -> 2;
            case MISSED -> 3;
            case CLOSED -> {
                assertEquals(Optional.of(Result.AUTO_RENEWED), row.result());
                yield 3;
            }
        };
    }

    @Test
    void handOverNeverReturnsSomeoneWhoHasLeftOnTheDay() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 1_000_000)).ofSize(24), integers().between(0, 400))
                .checkAssert((n, offset) -> {
                    List<StaffMember> people = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        StaffMember m = StaffMember.of("p" + i);
                        if (i > 0 && n.get(i) % 4 != 0) {
                            m = m.withManager("p" + (n.get(i) % i));
                        }
                        if (n.get(8 + i) % 3 != 0) {
                            m = m.withLeftOn(BASE.plusDays(n.get(8 + i) % 365));
                        }
                        int successor = n.get(16 + i) % 10;
                        if (successor < 8 && successor != i) {
                            m = m.withSuccessor("p" + successor);
                        }
                        people.add(m);
                    }
                    StaffDirectory staff;
                    try {
                        staff = StaffDirectory.of(people);
                    } catch (InvalidValueException e) {
                        assertTrue(e.getMessage().contains("loop"), e::getMessage);
                        return;
                    }
                    LocalDate day = BASE.plusDays(offset);
                    for (int i = 0; i < 9; i++) {
                        Optional<String> owner = staff.effectiveOwner("p" + i, day);
                        owner.flatMap(staff::member).ifPresent(m -> assertFalse(m.hasLeftOn(day), m::toString));
                        staff.escalationTarget("p" + i, day).flatMap(staff::member)
                                .ifPresent(m -> assertFalse(m.hasLeftOn(day), m::toString));
                    }
                });
    }
}
