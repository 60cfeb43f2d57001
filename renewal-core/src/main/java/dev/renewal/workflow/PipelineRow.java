package dev.renewal.workflow;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one contract's renewal stands on an as-of date (docs/conventions.md section 3).
 *
 * @param contractId   the contract's id
 * @param account      the customer
 * @param asOf         the day described; progress dated after it is not known yet
 * @param termEnd      the last day of the term the cycle in focus decides
 * @param decisionDate the cycle's decision date
 * @param plan         the name of the cycle's plan
 * @param stage        the first stage of the plan not completed on {@code asOf}, while the cycle is open
 * @param stageDue     that stage's due date
 * @param health       where the renewal stands
 * @param daysOverdue  {@code asOf - stageDue} when {@link Health#OVERDUE}, else 0
 * @param result       how the cycle ended, once {@link Health#CLOSED}
 * @param owner        the effective owner on {@code asOf}, after hand-over
 * @param escalateTo   the effective owner's manager when the open cycle escalates on {@code asOf}
 * @param acv          the contract's annual value
 * @param warnings     what a reader must know, e.g. {@code no owner}
 */
public record PipelineRow(String contractId, String account, LocalDate asOf, LocalDate termEnd, LocalDate decisionDate,
                          String plan, Optional<String> stage, Optional<LocalDate> stageDue, Health health,
                          int daysOverdue, Optional<Result> result, Optional<String> owner, Optional<String> escalateTo,
                          Optional<Money> acv, List<String> warnings) {

    /** MISSED, OVERDUE, DUE_SOON, ON_TRACK, CLOSED; then decision date; then contract id. */
    public static final Comparator<PipelineRow> ORDER = Comparator.comparing(PipelineRow::health)
            .thenComparing(PipelineRow::decisionDate)
            .thenComparing(PipelineRow::contractId);

    /** Validates and makes the warnings unmodifiable. */
    public PipelineRow {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageDue, "stageDue");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(escalateTo, "escalateTo");
        Objects.requireNonNull(acv, "acv");
        if (daysOverdue < 0) {
            throw InvalidValueException.of("daysOverdue", "must be >= 0", daysOverdue);
        }
        if ((daysOverdue > 0) != (health == Health.OVERDUE)) {
            throw InvalidValueException.of("daysOverdue", "must be > 0 exactly when health is OVERDUE (" + health + ")",
                    daysOverdue);
        }
        if (result.isPresent() != (health == Health.CLOSED)) {
            throw InvalidValueException.of("result", "must be present exactly when health is CLOSED (" + health + ")",
                    result.orElse(null));
        }
        warnings = List.copyOf(warnings);
    }
}
