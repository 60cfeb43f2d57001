package dev.renewal.schedule;

import dev.renewal.contract.Contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A portfolio agenda's entries in {@link AgendaEntry#ORDER}, held as packed rows and composed one by
 * one as they are read. Rows arrive contract by contract in input order, each contract's already in
 * event order; two stable counting sorts (by contract id rank, then by day) give the agenda order in
 * linear time, and the first is skipped when the input is already in id order. Immutable once built.
 */
final class AgendaEntries extends EngineList<AgendaEntry> {

    private final Workdays workdays;
    private final CyclePlans plans;
    private final LegalSetting legal;
    private final LocalDate from;
    private final Contract[] contracts;
    /** Rows in input order: day offset, code, term, contract slot. */
    private final int[] rows;
    /** The agenda order: the row numbers, sorted. */
    private final int[] order;

    private AgendaEntries(Workdays workdays, CyclePlans plans, LegalSetting legal, LocalDate from, Contract[] contracts,
                          int[] rows, int[] order) {
        this.workdays = workdays;
        this.plans = plans;
        this.legal = legal;
        this.from = from;
        this.contracts = contracts;
        this.rows = rows;
        this.order = order;
    }

    @Override
    public AgendaEntry get(int index) {
        int r = order[index] * Builder.WIDTH;
        Contract c = contracts[rows[r + 3]];
        int code = rows[r + 1];
        ScheduleEvent event = new Timeline(c, workdays, plans, legal, from)
                .event(from.toEpochDay() + rows[r], AgendaRows.type(code), AgendaRows.sub(code), rows[r + 2]);
        return plans.entry(c, event);
    }

    @Override
    public int size() {
        return order.length;
    }

    /** Collects the contracts' rows in input order, on one thread. */
    static final class Builder {

        static final int WIDTH = AgendaRows.WIDTH + 1;

        private final Workdays workdays;
        private final CyclePlans plans;
        private final LegalSetting legal;
        private final LocalDate from;
        private final int days;
        private final List<Contract> contracts = new ArrayList<>();
        private int[] rows = new int[1024 * WIDTH];
        private int used;

        Builder(Workdays workdays, CyclePlans plans, LegalSetting legal, LocalDate from, LocalDate to) {
            this.workdays = workdays;
            this.plans = plans;
            this.legal = legal;
            this.from = from;
            this.days = Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
        }

        /** Adds a contract's rows, as {@link AgendaRows#sorted()} gave them. */
        void add(Contract contract, int[] contractRows) {
            if (contractRows.length == 0) {
                return;
            }
            int slot = contracts.size();
            contracts.add(contract);
            int n = contractRows.length / AgendaRows.WIDTH;
            if (used + n * WIDTH > rows.length) {
                rows = Arrays.copyOf(rows, Math.max(rows.length * 2, used + n * WIDTH));
            }
            for (int i = 0; i < contractRows.length; i += AgendaRows.WIDTH) {
                rows[used] = contractRows[i];
                rows[used + 1] = contractRows[i + 1];
                rows[used + 2] = contractRows[i + 2];
                rows[used + 3] = slot;
                used += WIDTH;
            }
        }

        AgendaEntries build() {
            int n = used / WIDTH;
            Contract[] byInput = contracts.toArray(new Contract[0]);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int[] rank = idRanks(byInput);
            if (rank != null) {
                order = countingSort(order, byInput.length, row -> rank[rows[row * WIDTH + 3]]);
            }
            order = countingSort(order, days, row -> rows[row * WIDTH]);
            return new AgendaEntries(workdays, plans, legal, from, byInput, Arrays.copyOf(rows, used), order);
        }

        /** Each slot's position in contract id order, or null when the input is in id order already. */
        private static int[] idRanks(Contract[] contracts) {
            boolean inOrder = true;
            for (int i = 1; i < contracts.length && inOrder; i++) {
                inOrder = contracts[i - 1].id().compareTo(contracts[i].id()) < 0;
            }
            if (inOrder) {
                return null;
            }
            Integer[] slots = new Integer[contracts.length];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = i;
            }
            Arrays.sort(slots, Comparator.comparing(s -> contracts[s].id()));
            int[] rank = new int[contracts.length];
            for (int i = 0; i < slots.length; i++) {
                rank[slots[i]] = i;
            }
            return rank;
        }

        private interface Key {
            int of(int row);
        }

        /** A stable counting sort of row numbers by a key in {@code [0, buckets)}. */
        private static int[] countingSort(int[] rowNumbers, int buckets, Key key) {
            int[] starts = new int[buckets + 1];
            for (int row : rowNumbers) {
                starts[key.of(row) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                starts[b + 1] += starts[b];
            }
            int[] out = new int[rowNumbers.length];
            for (int row : rowNumbers) {
                out[starts[key.of(row)]++] = row;
            }
            return out;
        }
    }
}
