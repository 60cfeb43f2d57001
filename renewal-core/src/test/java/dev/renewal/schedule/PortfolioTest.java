package dev.renewal.schedule;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.BatchSink;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class PortfolioTest {

    private static final ScheduleEngine ENGINE = ScheduleEngine.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static Contract contract(String id, int startOffset) {
        return Contract.builder(id, "Account " + id, AS_OF.minusDays(startOffset))
                .initialTerm(Period.ofYears(1)).autoRenewal(Period.ofMonths(6)).build();
    }

    private static List<Contract> numbered(List<Contract> generated) {
        List<Contract> out = new ArrayList<>(generated.size());
        for (int i = 0; i < generated.size(); i++) {
            out.add(generated.get(i).toBuilder().id("C-" + i).build());
        }
        return out;
    }

    @Test
    void bulkSchedulingEqualsSchedulingOneByOne() {
        qt().withExamples(200).forAll(lists().of(ContractGen.contracts()).ofSizeBetween(0, 60), integers().between(-500, 5000))
                .checkAssert((generated, offset) -> {
                    List<Contract> contracts = numbered(generated);
                    LocalDate asOf = AS_OF.plusDays(offset);
                    PortfolioResult bulk = ENGINE.schedule(contracts, asOf, Execution.SEQUENTIAL);
                    assertEquals(contracts.stream().map(c -> ENGINE.schedule(c, asOf)).toList(), bulk.schedules());
                    assertEquals(List.of(), bulk.rejections());
                });
    }

    @Test
    void parallelSchedulingEqualsSequentialOnLargePortfolios() {
        List<Contract> contracts = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            contracts.add(contract("C-" + i, i % 2000));
        }
        contracts.add(7_000, contract("C-5", 3)); // a duplicate deep in a later chunk
        PortfolioResult sequential = ENGINE.schedule(contracts, AS_OF, Execution.SEQUENTIAL);
        PortfolioResult parallel = ENGINE.schedule(contracts, AS_OF, Execution.PARALLEL);
        assertEquals(sequential, parallel);
        assertEquals(30_000, sequential.schedules().size());
        assertEquals(List.of(Rejection.of(7_000, "C-5",
                        "id must be unique in the portfolio but 'C-5' is already used by the record at index 5")),
                sequential.rejections());
    }

    @Test
    void everyRecordEndsUpScheduledOrRejectedWithItsIndex() {
        List<Contract> contracts = Arrays.asList(contract("A", 10), null, contract("B", 20), contract("A", 30));
        PortfolioResult result = ENGINE.schedule(contracts, AS_OF, Execution.PARALLEL);
        assertEquals(List.of("A", "B"), result.schedules().stream().map(Schedule::contractId).toList());
        assertEquals(List.of(1L, 3L), result.rejections().stream().map(Rejection::index).toList());
        assertEquals(Optional.empty(), result.rejections().get(0).id());
        assertEquals("record is null", result.rejections().get(0).reason());
        assertEquals(Optional.of("A"), result.rejections().get(1).id());
        assertEquals(contracts.size(), result.schedules().size() + result.rejections().size());
    }

    @Test
    void theLatestSupportedContractStillSchedulesAtTheEdgeOfTheRange() {
        Contract far = Contract.builder("FAR", "Acme", LocalDate.of(9999, 12, 31)).initialTerm(Period.ofYears(1000))
                .autoRenewal(Period.ofYears(1000)).build();
        Schedule s = ENGINE.schedule(far, Contract.MAX_DATE);
        assertEquals(LocalDate.of(10999, 12, 30), s.term().end());
    }

    @Test
    void anAsOfDateBeyondTheSupportedRangeIsRejectedWithItsValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ENGINE.schedule(contract("A", 1), LocalDate.MAX));
        assertEquals("asOf must be between 0001-01-01 and 9999-12-31 but was +999999999-12-31", e.getMessage());
    }

    @Test
    void aStreamIsScheduledInEncounterOrder() {
        List<Contract> contracts = List.of(contract("X", 1), contract("Y", 2), contract("Z", 3));
        PortfolioResult fromStream = ENGINE.schedule(contracts.stream().parallel(), AS_OF, Execution.PARALLEL);
        assertEquals(List.of("X", "Y", "Z"), fromStream.schedules().stream().map(Schedule::contractId).toList());
    }

    @Test
    void aSinkReceivesOutcomesInInputOrderWithTheirIndexes() {
        List<Contract> contracts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            contracts.add(contract(i == 12_345 ? "C-1" : "C-" + i, i % 400));
        }
        List<Long> seen = new ArrayList<>();
        ENGINE.schedule(contracts.iterator(), AS_OF, Execution.PARALLEL, BatchSink.of((schedule, index) -> {
            assertEquals(contracts.get((int) index).id(), schedule.contractId());
            seen.add(index);
        }, rejection -> seen.add(rejection.index())));
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
        assertEquals(20_000, seen.size());
    }

    @Test
    void rejectionsFromARecordSourceCarryItsInputPositions() {
        // A reader skipped positions 0 and 2 (bad JSON); the engine sees C-1, a duplicate C-1, C-4.
        List<Contract> readable = List.of(contract("C-1", 10), contract("C-1", 20), contract("C-4", 30));
        long[] positions = {1, 3, 4};
        RecordSource<Contract> source = new RecordSource<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < readable.size();
            }

            @Override
            public Contract next() {
                return readable.get(next++);
            }

            @Override
            public long index() {
                return positions[next - 1];
            }
        };
        List<Long> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        ENGINE.schedule(source, AS_OF, Execution.SEQUENTIAL, BatchSink.of((schedule, index) -> accepted.add(index), rejected::add));
        assertEquals(List.of(1L, 4L), accepted);
        assertEquals(List.of(Rejection.of(3, "C-1",
                "id must be unique in the portfolio but 'C-1' is already used by the record at index 1")), rejected);
    }
}
