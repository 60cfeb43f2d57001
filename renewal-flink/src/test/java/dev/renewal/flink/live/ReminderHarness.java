package dev.renewal.flink.live;

import dev.renewal.contract.Contract;
import dev.renewal.flink.json.RecordJson;
import dev.renewal.schedule.AgendaEntry;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ReminderFunction} in Flink's keyed operator harness, driven day by day. */
final class ReminderHarness implements AutoCloseable {

    static final OutputTag<String> PROBLEMS = new OutputTag<>("problems", Types.STRING);

    final DayClock clock;
    final KeyedOneInputStreamOperatorTestHarness<String, ContractUpdate, String> harness;
    private int taken;

    private ReminderHarness(ZoneId zone, OperatorSubtaskState restoreFrom) throws Exception {
        clock = DayClock.of(zone);
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ReminderFunction(clock, PROBLEMS)), ContractUpdate::contractId, Types.STRING);
        if (restoreFrom != null) {
            harness.initializeState(restoreFrom);
        }
        harness.open();
    }

    static ReminderHarness open(ZoneId zone) throws Exception {
        return new ReminderHarness(zone, null);
    }

    static ReminderHarness restore(ZoneId zone, OperatorSubtaskState snapshot) throws Exception {
        return new ReminderHarness(zone, snapshot);
    }

    /** An update at noon of {@code day}. */
    void update(Contract contract, LocalDate day) throws Exception {
        harness.processElement(new ContractUpdate(contract.id(), RecordJson.write(contract)), clock.startOf(day) + 12 * 3_600_000L);
    }

    /** A progress step at noon of {@code day}. */
    void record(ProgressUpdate step, LocalDate day) throws Exception {
        harness.processElement(ContractUpdate.progress(step), clock.startOf(day) + 12 * 3_600_000L);
    }

    /** Advances the watermark into {@code day}, one day at a time (the days came one by one). */
    void advanceThrough(LocalDate from, LocalDate day) throws Exception {
        for (LocalDate d = from; !d.isAfter(day); d = d.plusDays(1)) {
            harness.processWatermark(clock.startOf(d) + 1);
        }
    }

    OperatorSubtaskState snapshot() throws Exception {
        return harness.snapshot(1L, 0L);
    }

    /** The entries emitted since the last call. */
    List<AgendaEntry> take() {
        List<String> all = harness.extractOutputValues();
        List<AgendaEntry> out = new ArrayList<>();
        for (String json : all.subList(taken, all.size())) {
            out.add(read(json));
        }
        taken = all.size();
        return out;
    }

    List<String> problems() {
        List<String> out = new ArrayList<>();
        var side = harness.getSideOutput(PROBLEMS);
        if (side != null) {
            side.forEach(r -> out.add(r.getValue()));
        }
        return out;
    }

    static AgendaEntry read(String json) {
        try {
            return RecordJson.mapper().readValue(json, AgendaEntry.class);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    /** Entries grouped by contract, each contract's in the order given. */
    static Map<String, List<AgendaEntry>> byContract(List<AgendaEntry> entries) {
        Map<String, List<AgendaEntry>> out = new LinkedHashMap<>();
        for (AgendaEntry e : entries) {
            out.computeIfAbsent(e.contractId(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            harness.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("closing the reminder test harness", e);
        }
    }
}
