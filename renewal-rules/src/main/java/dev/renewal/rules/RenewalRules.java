package dev.renewal.rules;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.BatchResult;
import dev.renewal.batch.RecordSource;
import dev.renewal.batch.Rejection;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import dev.renewal.rules.fact.AboutReport;
import dev.renewal.rules.fact.OwnerChosen;
import dev.renewal.rules.fact.PlanChosen;
import dev.renewal.rules.fact.SupportingOwnerChosen;
import dev.renewal.rules.policy.RulePolicy;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rule pack, compiled once: classifies late renewals and assigns renewal owners.
 *
 * <p>Immutable and thread-safe: the compiled KieBase is shared, and every call runs in its
 * own short-lived session, inserting up to {@link RenewalRulesBuilder#batchSize(int)} facts at a time.
 * Build one with {@link #builder()}, or take the bundled pack with the default policy
 * from {@link #bundled()}.
 */
public final class RenewalRules {

    private final KieBase kieBase;
    private final RuleCatalog catalog;
    private final RulePolicy policy;
    private final int batchSize;

    RenewalRules(KieBase kieBase, RulePolicy policy, int batchSize) {
        this.kieBase = kieBase;
        this.catalog = new RuleCatalog(kieBase);
        this.policy = policy;
        this.batchSize = batchSize;
    }

    /** A builder starting from the bundled pack and the default policy. */
    public static RenewalRulesBuilder builder() {
        return new RenewalRulesBuilder();
    }

    /** The bundled pack with the default policy, compiled on first use and then shared. */
    public static RenewalRules bundled() {
        return Bundled.ENGINE;
    }

    /** The policy the rules read their thresholds from. */
    public RulePolicy policy() {
        return policy;
    }

    /** The names of all active rules, sorted. */
    public Set<String> ruleNames() {
        return catalog.names();
    }

    /**
     * Assesses one late renewal.
     *
     * @throws InvalidValueException if the policy has no thresholds in the report's currency
     * @throws IllegalStateException if the rules reach no class, severity or response (e.g. a
     *                               needed rule was disabled)
     */
    public DelayAssessment classify(DelayReport report) {
        Objects.requireNonNull(report, "report");
        return decideOne(report, "Report " + report.reportId(), report.acv(), this::classifyChunk);
    }

    /** Assesses many late renewals; inputs that get no assessment are reported, not dropped. */
    public BatchResult<DelayAssessment> classifyAll(Iterable<DelayReport> reports) {
        return classifyAll(Objects.requireNonNull(reports, "reports").iterator());
    }

    /**
     * As {@link #classifyAll(Iterable)}; rejections carry input positions, a {@link RecordSource}'s own
     * (so records a reader skipped keep their places), otherwise counted from 0.
     */
    public BatchResult<DelayAssessment> classifyAll(Iterator<DelayReport> reports) {
        return runBatch(reports, DelayReport::reportId, r -> currencyProblem(r.acv()), this::classifyChunk);
    }

    /**
     * Chooses the owner of one renewal.
     *
     * @throws InvalidValueException if the policy has no thresholds in the account's currency
     * @throws IllegalStateException if the rules choose no owner or several
     */
    public OwnerAssignment assign(AccountProfile account) {
        Objects.requireNonNull(account, "account");
        return decideOne(account, "Account " + account.accountId(), account.acv(), this::assignChunk);
    }

    /** Chooses owners for many renewals; inputs that get no owner are reported, not dropped. */
    public BatchResult<OwnerAssignment> assignAll(Iterable<AccountProfile> accounts) {
        return assignAll(Objects.requireNonNull(accounts, "accounts").iterator());
    }

    /** As {@link #assignAll(Iterable)}, with input positions as in {@link #classifyAll(Iterator)}. */
    public BatchResult<OwnerAssignment> assignAll(Iterator<AccountProfile> accounts) {
        return runBatch(accounts, AccountProfile::accountId, a -> currencyProblem(a.acv()), this::assignChunk);
    }

    private <I, O> O decideOne(I input, String what, Money acv, Function<List<I>, List<Outcome<O>>> decide) {
        currencyProblem(acv).ifPresent(p -> {
            throw InvalidValueException.of("acv.currency", p, acv.currencyCode());
        });
        Outcome<O> outcome = decide.apply(List.of(input)).get(0);
        return outcome.decision().orElseThrow(() -> new IllegalStateException(
                what + " got no decision: " + outcome.problem()));
    }

    private Optional<String> currencyProblem(Money acv) {
        return policy.thresholds(acv.currency()).isPresent() ? Optional.empty()
                : Optional.of("must have thresholds in the rule policy " + policy.currencies());
    }

    private <I, O> BatchResult<O> runBatch(Iterator<I> inputs, Function<I, String> id,
                                           Function<I, Optional<String>> check,
                                           Function<List<I>, List<Outcome<O>>> decide) {
        RecordSource<I> source = RecordSource.of(Objects.requireNonNull(inputs, "inputs"));
        List<O> results = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<I> chunk = new ArrayList<>(batchSize);
        List<Long> positions = new ArrayList<>(batchSize);
        while (source.hasNext()) {
            I input = source.next();
            long index = source.index();
            if (input == null) {
                rejections.add(new Rejection(index, Optional.empty(), "input must not be null"));
                continue;
            }
            Optional<String> problem = check.apply(input);
            if (problem.isPresent()) {
                rejections.add(Rejection.of(index, id.apply(input), "acv.currency " + problem.get()));
                continue;
            }
            chunk.add(input);
            positions.add(index);
            if (chunk.size() == batchSize) {
                collect(chunk, positions, id, decide, results, rejections);
            }
        }
        collect(chunk, positions, id, decide, results, rejections);
        rejections.sort(Comparator.comparingLong(Rejection::index));
        return new BatchResult<>(results, rejections);
    }

    private static <I, O> void collect(List<I> chunk, List<Long> positions, Function<I, String> id,
                                       Function<List<I>, List<Outcome<O>>> decide,
                                       List<O> results, List<Rejection> rejections) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Outcome<O>> outcomes = decideIsolatingFailures(chunk, decide);
        for (int i = 0; i < chunk.size(); i++) {
            Outcome<O> outcome = outcomes.get(i);
            if (outcome.decision().isPresent()) {
                results.add(outcome.decision().get());
            } else {
                rejections.add(Rejection.of(positions.get(i), id.apply(chunk.get(i)), outcome.problem()));
            }
        }
        chunk.clear();
        positions.clear();
    }

    /**
     * Decides a chunk; if a rule throws, decides each input alone so only the inputs that
     * make the rules fail are rejected, with the error, and the rest still get decisions.
     */
    private static <I, O> List<Outcome<O>> decideIsolatingFailures(List<I> chunk,
                                                                  Function<List<I>, List<Outcome<O>>> decide) {
        try {
            return decide.apply(chunk);
        } catch (RuntimeException chunkFailure) {
            List<Outcome<O>> outcomes = new ArrayList<>(chunk.size());
            for (I input : chunk) {
                try {
                    outcomes.add(decide.apply(List.of(input)).get(0));
                } catch (RuntimeException e) {
                    outcomes.add(Outcome.failed("a rule failed: " + rootMessage(e)));
                }
            }
            return outcomes;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private List<Outcome<DelayAssessment>> classifyChunk(List<DelayReport> reports) {
        ChunkDecisions decisions = new ChunkDecisions(reports);
        FiredRules fired = execute(reports, session -> {
            if (catalog.declaresDecisions()) {
                session.setGlobal(RuleCatalog.DECISIONS, decisions);
            }
        }, fact -> {
            if (fact instanceof AboutReport about) {
                DelayDraft draft = decisions.draft(about.report());
                if (draft != null) {
                    draft.accept(fact);
                }
            }
        });
        List<Outcome<DelayAssessment>> outcomes = new ArrayList<>(reports.size());
        for (DelayReport report : reports) {
            List<String> missing = new ArrayList<>(0);
            outcomes.add(decisions.draft(report).finish(fired.of(report), missing)
                    .map(Outcome::decided)
                    .orElseGet(() -> Outcome.failed("the rules concluded " + String.join(", ", missing))));
        }
        return outcomes;
    }

    private List<Outcome<OwnerAssignment>> assignChunk(List<AccountProfile> accounts) {
        Map<AccountProfile, List<OwnerChosen>> chosen = new IdentityHashMap<>();
        Map<AccountProfile, OwnerRole> supporting = new IdentityHashMap<>();
        Map<AccountProfile, String> plans = new IdentityHashMap<>();
        FiredRules fired = execute(accounts, session -> { }, fact -> {
            if (fact instanceof OwnerChosen owner) {
                chosen.computeIfAbsent(owner.account(), a -> new ArrayList<>(1)).add(owner);
            } else if (fact instanceof SupportingOwnerChosen support) {
                supporting.putIfAbsent(support.account(), support.owner());
            } else if (fact instanceof PlanChosen plan) {
                plans.putIfAbsent(plan.account(), plan.plan());
            }
        });
        List<Outcome<OwnerAssignment>> outcomes = new ArrayList<>(accounts.size());
        for (AccountProfile account : accounts) {
            List<OwnerChosen> owners = chosen.getOrDefault(account, List.of());
            if (owners.size() != 1) {
                outcomes.add(Outcome.failed("the rules chose " + owners.size() + " owners, expected exactly 1"));
            } else {
                OwnerChosen owner = owners.get(0);
                OwnerAssignment assignment = OwnerAssignment.of(account.accountId(), owner.owner(), owner.lens(),
                        fired.of(account));
                OwnerRole support = supporting.get(account);
                if (support != null && support != owner.owner()) {
                    assignment = assignment.withSupportingOwner(support);
                }
                String plan = plans.get(account);
                outcomes.add(Outcome.decided(plan == null ? assignment : assignment.withPlan(plan)));
            }
        }
        return outcomes;
    }

    private FiredRules execute(List<?> facts, Consumer<KieSession> prepare, Consumer<Object> conclusions) {
        FiredRules fired = new FiredRules(catalog.explanations(), facts.size());
        KieSession session = kieBase.newKieSession();
        try {
            prepare.accept(session);
            session.addEventListener(fired);
            session.insert(policy);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            session.getObjects().forEach(conclusions);
        } finally {
            session.dispose();
        }
        return fired;
    }

    /** Holds the bundled engine so it is compiled only when first asked for. */
    private static final class Bundled {
        private static final RenewalRules ENGINE = builder().build();
    }
}
