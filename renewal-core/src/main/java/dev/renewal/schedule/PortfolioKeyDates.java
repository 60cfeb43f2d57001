package dev.renewal.schedule;

import dev.renewal.batch.Rejection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link KeyDates} of a whole portfolio, one row per input position, kept as columns of
 * primitives (about 37 bytes a contract, no object per row): read a row's fields with the primitive
 * accessors, or as a {@link KeyDates} with {@link #get(int)}. A record that could not be computed
 * (null, unknown plan or jurisdiction, progress that does not fit, dates beyond the supported
 * range) has no row values and is in {@link #rejections()}. Immutable once returned.
 */
public final class PortfolioKeyDates {

    private static final byte REJECTED = -1;
    private static final Status[] STATUSES = Status.values();

    private final byte[] status;
    private final int[] termIndex;
    private final long[] termStart;
    private final long[] termEnd;
    private final long[] noticeDeadline;
    private final long[] nextTermEnd;
    private final List<Rejection> rejections;

    private PortfolioKeyDates(Builder b) {
        this.status = b.status;
        this.termIndex = b.termIndex;
        this.termStart = b.termStart;
        this.termEnd = b.termEnd;
        this.noticeDeadline = b.noticeDeadline;
        this.nextTermEnd = b.nextTermEnd;
        List<Rejection> sorted = new ArrayList<>(b.rejections);
        sorted.sort(Comparator.comparingLong(Rejection::index));
        this.rejections = List.copyOf(sorted);
    }

    /** How many rows: the input's size, rejected records included. */
    public int size() {
        return status.length;
    }

    /** True when the record at position {@code i} was rejected (see {@link #rejections()}). */
    public boolean rejected(int i) {
        return status[i] == REJECTED;
    }

    /** The rejected records, by input position. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /**
     * The key dates of the record at position {@code i}.
     *
     * @throws IllegalStateException when that record was rejected
     */
    public KeyDates get(int i) {
        return new KeyDates(status(i), termIndex[i], termStart[i], termEnd[i], noticeDeadline[i], nextTermEnd[i]);
    }

    /** As {@link KeyDates#status()}; throws {@link IllegalStateException} for a rejected record. */
    public Status status(int i) {
        byte s = status[i];
        if (s == REJECTED) {
            throw new IllegalStateException("the record at index " + i + " was rejected: see rejections()");
        }
        return STATUSES[s];
    }

    /** As {@link KeyDates#termIndex()}. */
    public int termIndex(int i) {
        return termIndex[i];
    }

    /** As {@link KeyDates#termStart()}, an epoch day. */
    public long termStart(int i) {
        return termStart[i];
    }

    /** As {@link KeyDates#termEnd()}, an epoch day. */
    public long termEnd(int i) {
        return termEnd[i];
    }

    /** As {@link KeyDates#noticeDeadline()}, an epoch day or {@link KeyDates#NONE}. */
    public long noticeDeadline(int i) {
        return noticeDeadline[i];
    }

    /** As {@link KeyDates#nextTermEnd()}, an epoch day or {@link KeyDates#NONE}. */
    public long nextTermEnd(int i) {
        return nextTermEnd[i];
    }

    /** Collects rows; distinct rows may be set from distinct threads. */
    static final class Builder {
        private final byte[] status;
        private final int[] termIndex;
        private final long[] termStart;
        private final long[] termEnd;
        private final long[] noticeDeadline;
        private final long[] nextTermEnd;
        private final List<Rejection> rejections = new ArrayList<>();

        Builder(int size) {
            status = new byte[size];
            termIndex = new int[size];
            termStart = new long[size];
            termEnd = new long[size];
            noticeDeadline = new long[size];
            nextTermEnd = new long[size];
        }

        void set(int i, Status s, int index, long start, long end, long deadline, long nextEnd) {
            status[i] = (byte) s.ordinal();
            termIndex[i] = index;
            termStart[i] = start;
            termEnd[i] = end;
            noticeDeadline[i] = deadline;
            nextTermEnd[i] = nextEnd;
        }

        void reject(int i, Rejection rejection) {
            status[i] = REJECTED;
            synchronized (rejections) {
                rejections.add(rejection);
            }
        }

        PortfolioKeyDates build() {
            return new PortfolioKeyDates(this);
        }
    }
}
