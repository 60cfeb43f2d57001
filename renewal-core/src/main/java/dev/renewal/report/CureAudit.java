package dev.renewal.report;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.money.Money;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import dev.renewal.staff.StaffDirectory;
import dev.renewal.staff.StaffMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Seed 001's audit: "take your 10 largest and 10 smallest contracts: who is involved, where is the
 * bottleneck?" Per currency, the ten largest and ten smallest contracts by ACV (ties by id) with their
 * effective owner, the owner's role, the role and lens the CURE rules recommend, and whether the two
 * disagree (docs/conventions.md section 4). Immutable; keeps twenty contracts per currency whatever the portfolio size.
 */
public final class CureAudit {

    /** Contracts listed at each end of a currency's range. */
    public static final int LIMIT = 10;

    private static final Comparator<Ranked> LARGEST_FIRST = Comparator
            .comparing((Ranked r) -> r.contract().acv().orElseThrow().amount(), Comparator.reverseOrder())
            .thenComparing(r -> r.contract().id());
    private static final Comparator<Ranked> SMALLEST_FIRST = Comparator
            .comparing((Ranked r) -> r.contract().acv().orElseThrow().amount())
            .thenComparing(r -> r.contract().id());

    private final LocalDate asOf;
    private final List<CurrencyAudit> currencies;
    private final List<String> withoutAcv;
    private final List<Rejection> rejections;

    private CureAudit(LocalDate asOf, List<CurrencyAudit> currencies, List<String> withoutAcv,
                      List<Rejection> rejections) {
        this.asOf = asOf;
        this.currencies = List.copyOf(currencies);
        this.withoutAcv = List.copyOf(withoutAcv);
        this.rejections = List.copyOf(rejections);
    }

    /**
     * The audit of {@code contracts} on {@code asOf}; the recommender is asked only for the contracts
     * listed. Contracts without an ACV are named in {@link #withoutAcv()}, null ones rejected.
     */
    public static CureAudit of(Iterable<? extends Contract> contracts, StaffDirectory staff,
                               OwnerRecommender recommender, LocalDate asOf) {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(asOf, "asOf");
        TreeMap<String, Ends> byCurrency = new TreeMap<>();
        List<String> withoutAcv = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        long index = 0;
        for (Contract c : contracts) {
            long i = index++;
            if (c == null) {
                rejections.add(Rejection.of(i, null, "contract must be present but was null"));
            } else if (c.acv().isEmpty()) {
                withoutAcv.add(c.id());
            } else {
                byCurrency.computeIfAbsent(c.acv().get().currencyCode(), k -> new Ends()).add(new Ranked(c, i));
            }
        }
        List<CurrencyAudit> audits = new ArrayList<>();
        byCurrency.forEach((code, ends) -> audits.add(new CurrencyAudit(code, ends.count,
                lines(ends.largest, LARGEST_FIRST, staff, recommender, asOf, rejections),
                lines(ends.smallest, SMALLEST_FIRST, staff, recommender, asOf, rejections))));
        return new CureAudit(asOf, audits, withoutAcv, rejections);
    }

    /** The day described. */
    public LocalDate asOf() {
        return asOf;
    }

    /** One audit per currency, by currency code. */
    public List<CurrencyAudit> currencies() {
        return currencies;
    }

    /** Ids of the contracts without an ACV, which cannot be ranked. */
    public List<String> withoutAcv() {
        return withoutAcv;
    }

    /**
     * Null records, and listed contracts the recommender could not judge (e.g. a currency the rule policy has
     * no thresholds for; such a contract is still listed, without recommendation), with index, id and reason.
     */
    public List<Rejection> rejections() {
        return rejections;
    }

    private static List<CureLine> lines(PriorityQueue<Ranked> kept, Comparator<Ranked> order, StaffDirectory staff,
                                        OwnerRecommender recommender, LocalDate asOf, List<Rejection> rejections) {
        List<Ranked> sorted = new ArrayList<>(kept);
        sorted.sort(order);
        List<CureLine> out = new ArrayList<>();
        for (Ranked r : sorted) {
            Optional<OwnerAssignment> rec;
            try {
                rec = Objects.requireNonNull(recommender.recommend(r.contract()), "recommendation");
            } catch (InvalidValueException e) {
                Rejection rejection = Rejection.of(r.index(), r.contract().id(), "no CURE recommendation: " + e.getMessage());
                if (!rejections.contains(rejection)) { // a contract can be among the largest and the smallest
                    rejections.add(rejection);
                }
                rec = Optional.empty();
            }
            out.add(line(r.contract(), staff, rec, asOf));
        }
        return out;
    }

    private static CureLine line(Contract c, StaffDirectory staff, Optional<OwnerAssignment> rec, LocalDate asOf) {
        Optional<String> owner = c.owner().flatMap(o -> staff.effectiveOwner(o, asOf));
        Optional<String> role = owner.flatMap(staff::member).flatMap(StaffMember::role);
        Optional<OwnerRole> recommended = rec.map(OwnerAssignment::owner);
        // Nobody owning is right only for a no-touch renewal; an owner whose role is unknown is not called a mismatch.
        boolean mismatch = recommended.isPresent() && (owner.isEmpty()
                ? recommended.get() != OwnerRole.AUTOMATED
                : role.isPresent() && !role.get().equals(recommended.get().name()));
        return new CureLine(c.id(), c.account(), c.acv().orElseThrow(), owner, role, recommended,
                rec.map(OwnerAssignment::lens), mismatch);
    }

    /** A contract with its input position. */
    private record Ranked(Contract contract, long index) {
    }

    /** The largest and smallest contracts of one currency seen so far. */
    private static final class Ends {
        // Each heap has the contract to drop next at its head.
        private final PriorityQueue<Ranked> largest = new PriorityQueue<>(LARGEST_FIRST.reversed());
        private final PriorityQueue<Ranked> smallest = new PriorityQueue<>(SMALLEST_FIRST.reversed());
        private int count;

        void add(Ranked c) {
            count++;
            keep(largest, c);
            keep(smallest, c);
        }

        private static void keep(PriorityQueue<Ranked> heap, Ranked c) {
            heap.add(c);
            if (heap.size() > LIMIT) {
                heap.poll();
            }
        }
    }
}
