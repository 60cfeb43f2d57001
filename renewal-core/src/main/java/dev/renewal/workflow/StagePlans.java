package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Term;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stage plans a portfolio knows by name, and the choice of plan for a cycle: the plan the
 * contract names, else {@link StagePlan#LIGHT} for a term shorter than three months and
 * {@link StagePlan#STANDARD} otherwise (docs/conventions.md section 3).
 */
public final class StagePlans {

    private static final StagePlans DEFAULTS = new StagePlans(defaultMap());

    private final Map<String, StagePlan> byName;

    private StagePlans(Map<String, StagePlan> byName) {
        this.byName = byName;
    }

    /** {@code STANDARD} and {@code LIGHT}. */
    public static StagePlans defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults plus a portfolio's own plans; a portfolio plan named {@code STANDARD} or
     * {@code LIGHT} replaces the default of that name.
     *
     * @throws InvalidValueException when two of {@code plans} share a name
     */
    public static StagePlans of(List<StagePlan> plans) {
        Objects.requireNonNull(plans, "plans");
        Map<String, StagePlan> map = defaultMap();
        Map<String, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            StagePlan p = Objects.requireNonNull(plans.get(i), "plans[" + i + "]");
            Integer before = given.putIfAbsent(p.name(), i);
            if (before != null) {
                throw InvalidValueException.of("plans[" + i + "].name", "must be unique (also plans[" + before + "])", p.name());
            }
            map.put(p.name(), p);
        }
        return new StagePlans(map);
    }

    /** The plan with this name, if known. */
    public Optional<StagePlan> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The known plans, defaults first, then the portfolio's in the order given. */
    public List<StagePlan> all() {
        return List.copyOf(byName.values());
    }

    /** The known plan names, defaults first. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The plan of {@code contract}'s cycle deciding {@code term}.
     *
     * @throws InvalidValueException when the contract names a plan that is not known
     */
    public StagePlan planFor(Contract contract, Term term) {
        if (contract.plan().isPresent()) {
            return named(contract.plan().get());
        }
        return isShort(term) ? byName.get(StagePlan.LIGHT.name()) : byName.get(StagePlan.STANDARD.name());
    }

    /**
     * The plan with this name.
     *
     * @throws InvalidValueException when no plan has that name
     */
    public StagePlan named(String name) {
        StagePlan plan = byName.get(name);
        if (plan == null) {
            throw InvalidValueException.of("plan", "must name a known plan " + byName.keySet(), name);
        }
        return plan;
    }

    /** True when the term is shorter than three months: it ends before start + 3 months - 1 day. */
    static boolean isShort(Term term) {
        LocalDate threeMonthsEnd = term.start().plusMonths(3).minusDays(1);
        return term.end().isBefore(threeMonthsEnd);
    }

    private static Map<String, StagePlan> defaultMap() {
        Map<String, StagePlan> map = new LinkedHashMap<>();
        map.put(StagePlan.STANDARD.name(), StagePlan.STANDARD);
        map.put(StagePlan.LIGHT.name(), StagePlan.LIGHT);
        return map;
    }
}
