package dev.renewal.contract;

import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import dev.renewal.progress.CycleRecord;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract and the clauses that move its dates. Exactly one of {@code initialTerm} and
 * {@code end} says how long the initial term runs; {@code autoRenewal} absent means a fixed term.
 *
 * <p>Every rule is checked here, once, so an invalid contract cannot exist; errors name the field,
 * the rule and the value ({@code notice.amount must be >= 0 but was -5}). Use {@link #builder}.
 *
 * @param id            the contract's identifier, not blank
 * @param account       the customer's name, not blank
 * @param start         the first day of service, years 1 to 9999
 * @param initialTerm   the length of the initial term, positive; or empty when {@code end} is given
 * @param end           the inclusive last day of the initial term, not before {@code start}; or empty
 * @param autoRenewal   the auto-renewal clause; empty for a fixed term
 * @param notice        the non-renewal notice requirement; empty means notice is in time up to the
 *                      term's last day
 * @param graceDays     days of service after the final end, {@code 0..3660}
 * @param acv           the annual contract value
 * @param noticeGivenOn the day non-renewal notice was given
 * @param owner         who is accountable for the renewal, not blank
 * @param extensions    bridges granted after the final term, in the order they run
 * @param plan          the name of the stage plan its renewals follow; empty for the default plan
 * @param renewals      the recorded progress of its renewal cycles (docs/conventions.md section 3)
 * @param termination   the termination-for-convenience clause (docs/conventions.md section 5); empty for none
 * @param jurisdiction  the code of the legal preset that applies, e.g. {@code US-NY}; empty for none
 *                      (or the portfolio default the engine is given)
 * @param consumer      true for a consumer contract, which some legal presets require
 */
public record Contract(
        String id,
        String account,
        LocalDate start,
        Optional<Period> initialTerm,
        Optional<LocalDate> end,
        Optional<AutoRenewal> autoRenewal,
        Optional<NoticePeriod> notice,
        int graceDays,
        Optional<Money> acv,
        Optional<LocalDate> noticeGivenOn,
        Optional<String> owner,
        List<Extension> extensions,
        Optional<String> plan,
        List<CycleRecord> renewals,
        Optional<Termination> termination,
        Optional<String> jurisdiction,
        boolean consumer) {

    /** A jurisdiction code: two capital letters, optionally a region ({@code US-NY}, {@code FR}). */
    private static final java.util.regex.Pattern JURISDICTION = java.util.regex.Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** Ten years of grace is far beyond any real clause; more is a data error. */
    public static final int MAX_GRACE_DAYS = 3_660;

    /** The earliest date a contract or an as-of date may use. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    /** The latest date a contract or an as-of date may use: four-digit years keep ISO-8601 text plain. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    /** Validates every rule; prefer {@link #builder}. */
    public Contract {
        id = requireText("id", id);
        account = requireText("account", account);
        requireDate("start", start);
        Objects.requireNonNull(initialTerm, "initialTerm");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(autoRenewal, "autoRenewal");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(acv, "acv");
        Objects.requireNonNull(noticeGivenOn, "noticeGivenOn");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(extensions, "extensions");
        if (initialTerm.isPresent() == end.isPresent()) {
            throw InvalidValueException.of("initialTerm",
                    "must be given exactly when end is not (exactly one of initialTerm and end)",
                    initialTerm.isPresent() ? "both " + initialTerm.get() + " and end " + end.get() : "neither");
        }
        initialTerm.ifPresent(p -> PeriodRule.requirePositive("initialTerm", p));
        end.ifPresent(e -> {
            requireDate("end", e);
            if (e.isBefore(start)) {
                throw InvalidValueException.of("end", "must not be before start " + start, e);
            }
        });
        if (initialTerm.isPresent()) {
            try {
                start.plus(initialTerm.get());
            } catch (DateTimeException e) {
                throw InvalidValueException.of("initialTerm", "must end within the supported date range", initialTerm.get(), e);
            }
        }
        if (graceDays < 0) {
            throw InvalidValueException.of("graceDays", "must be >= 0", graceDays);
        }
        if (graceDays > MAX_GRACE_DAYS) {
            throw InvalidValueException.of("graceDays", "must be <= " + MAX_GRACE_DAYS, graceDays);
        }
        noticeGivenOn.ifPresent(d -> {
            requireDate("noticeGivenOn", d);
            // Notice before the contract began would end it with its first term, silently: almost always a typo.
            if (d.isBefore(start)) {
                throw InvalidValueException.of("noticeGivenOn", "must not be before start " + start, d);
            }
        });
        owner = owner.map(o -> requireText("owner", o));
        List<Extension> copy = new ArrayList<>(extensions.size());
        for (int i = 0; i < extensions.size(); i++) {
            copy.add(Objects.requireNonNull(extensions.get(i), "extensions[" + i + "]"));
        }
        extensions = List.copyOf(copy);
        Objects.requireNonNull(plan, "plan");
        plan = plan.map(p -> requireText("plan", p));
        Objects.requireNonNull(renewals, "renewals");
        for (int i = 0; i < renewals.size(); i++) {
            requireProgressDates("renewals[" + i + "]", Objects.requireNonNull(renewals.get(i), "renewals[" + i + "]"));
        }
        renewals = List.copyOf(renewals);
        Objects.requireNonNull(termination, "termination");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        jurisdiction.ifPresent(j -> {
            if (!JURISDICTION.matcher(j).matches()) {
                throw InvalidValueException.of("jurisdiction",
                        "must be a jurisdiction code such as US-NY or FR (two capital letters, optionally -REGION)", j);
            }
        });
    }

    /** A contract without the clauses of docs/conventions.md section 5; prefer {@link #builder}. */
    public Contract(String id, String account, LocalDate start, Optional<Period> initialTerm, Optional<LocalDate> end,
            Optional<AutoRenewal> autoRenewal, Optional<NoticePeriod> notice, int graceDays, Optional<Money> acv,
            Optional<LocalDate> noticeGivenOn, Optional<String> owner, List<Extension> extensions,
            Optional<String> plan, List<CycleRecord> renewals) {
        this(id, account, start, initialTerm, end, autoRenewal, notice, graceDays, acv, noticeGivenOn, owner, extensions,
                plan, renewals, Optional.empty(), Optional.empty(), false);
    }

    /** A contract without a named plan or recorded progress; prefer {@link #builder}. */
    public Contract(String id, String account, LocalDate start, Optional<Period> initialTerm, Optional<LocalDate> end,
            Optional<AutoRenewal> autoRenewal, Optional<NoticePeriod> notice, int graceDays, Optional<Money> acv,
            Optional<LocalDate> noticeGivenOn, Optional<String> owner, List<Extension> extensions) {
        this(id, account, start, initialTerm, end, autoRenewal, notice, graceDays, acv, noticeGivenOn, owner, extensions,
                Optional.empty(), List.of());
    }

    /** Starts a contract with the fields every contract has; the rest are optional. */
    public static Builder builder(String id, String account, LocalDate start) {
        return new Builder(id, account, start);
    }

    /** A builder holding this contract's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The contract's terms in closed form. */
    public TermSequence terms() {
        return TermSequence.of(this);
    }

    /** True when the contract has an auto-renewal clause. */
    public boolean autoRenews() {
        return autoRenewal.isPresent();
    }

    /** The notice requirement, or zero days before the term end when the contract names none. */
    public NoticePeriod effectiveNotice() {
        return notice.orElse(NO_NOTICE);
    }

    private static final NoticePeriod NO_NOTICE = NoticePeriod.ofDays(0);

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.of(field, "must not be blank", value);
        }
        return value;
    }

    private static void requireProgressDates(String path, CycleRecord r) {
        requireDate(path + ".termEnd", r.termEnd());
        for (int j = 0; j < r.completed().size(); j++) {
            requireDate(path + ".completed[" + j + "].on", r.completed().get(j).on());
        }
        r.outcome().ifPresent(o -> requireDate(path + ".outcome.on", o.on()));
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw InvalidValueException.of(field, "must be present", null);
        }
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw InvalidValueException.of(field, "must be between " + MIN_DATE + " and " + MAX_DATE, date);
        }
    }

    /** Collects a contract's fields; {@link #build()} validates them all. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String account;
        private LocalDate start;
        private Period initialTerm;
        private LocalDate end;
        private AutoRenewal autoRenewal;
        private NoticePeriod notice;
        private int graceDays;
        private Money acv;
        private LocalDate noticeGivenOn;
        private String owner;
        private final List<Extension> extensions = new ArrayList<>();
        private String plan;
        private final List<CycleRecord> renewals = new ArrayList<>();
        private Termination termination;
        private String jurisdiction;
        private boolean consumer;

        private Builder(String id, String account, LocalDate start) {
            this.id = id;
            this.account = account;
            this.start = start;
        }

        private Builder(Contract c) {
            this(c.id, c.account, c.start);
            initialTerm = c.initialTerm.orElse(null);
            end = c.end.orElse(null);
            autoRenewal = c.autoRenewal.orElse(null);
            notice = c.notice.orElse(null);
            graceDays = c.graceDays;
            acv = c.acv.orElse(null);
            noticeGivenOn = c.noticeGivenOn.orElse(null);
            owner = c.owner.orElse(null);
            extensions.addAll(c.extensions);
            plan = c.plan.orElse(null);
            renewals.addAll(c.renewals);
            termination = c.termination.orElse(null);
            jurisdiction = c.jurisdiction.orElse(null);
            consumer = c.consumer;
        }

        /** Sets the id. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets the account name. */
        public Builder account(String value) {
            this.account = value;
            return this;
        }

        /** Sets the start date. */
        public Builder start(LocalDate value) {
            this.start = value;
            return this;
        }

        /** Sets the initial term length and clears any explicit end. */
        public Builder initialTerm(Period value) {
            this.initialTerm = Objects.requireNonNull(value, "initialTerm");
            this.end = null;
            return this;
        }

        /** Sets the inclusive end of the initial term and clears any initial term length. */
        public Builder end(LocalDate value) {
            this.end = Objects.requireNonNull(value, "end");
            this.initialTerm = null;
            return this;
        }

        /** Sets the auto-renewal clause; {@code null} makes it a fixed term. */
        public Builder autoRenewal(AutoRenewal value) {
            this.autoRenewal = value;
            return this;
        }

        /** Renews for {@code term} without cap. */
        public Builder autoRenewal(Period term) {
            return autoRenewal(AutoRenewal.of(term));
        }

        /** Sets the notice requirement; {@code null} removes it. */
        public Builder notice(NoticePeriod value) {
            this.notice = value;
            return this;
        }

        /** Sets the grace days after the final end. */
        public Builder graceDays(int value) {
            this.graceDays = value;
            return this;
        }

        /** Sets the annual contract value; {@code null} removes it. */
        public Builder acv(Money value) {
            this.acv = value;
            return this;
        }

        /** Records the day non-renewal notice was given; {@code null} removes it. */
        public Builder noticeGivenOn(LocalDate value) {
            this.noticeGivenOn = value;
            return this;
        }

        /** Sets the accountable owner; {@code null} removes it. */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /** Adds a granted extension after the ones already added. */
        public Builder extension(Extension value) {
            this.extensions.add(Objects.requireNonNull(value, "extension"));
            return this;
        }

        /** Replaces the extensions. */
        public Builder extensions(List<Extension> values) {
            this.extensions.clear();
            values.forEach(this::extension);
            return this;
        }

        /** Names the stage plan its renewals follow; {@code null} for the default plan. */
        public Builder plan(String value) {
            this.plan = value;
            return this;
        }

        /** Adds the recorded progress of one renewal cycle after the ones already added. */
        public Builder renewal(CycleRecord value) {
            this.renewals.add(Objects.requireNonNull(value, "renewal"));
            return this;
        }

        /** Replaces the recorded progress. */
        public Builder renewals(List<CycleRecord> values) {
            this.renewals.clear();
            values.forEach(this::renewal);
            return this;
        }

        /** Sets the termination-for-convenience clause; {@code null} removes it. */
        public Builder termination(Termination value) {
            this.termination = value;
            return this;
        }

        /** Names the legal preset that applies, e.g. {@code US-NY}; {@code null} removes it. */
        public Builder jurisdiction(String value) {
            this.jurisdiction = value;
            return this;
        }

        /** Marks a consumer contract (false: business). */
        public Builder consumer(boolean value) {
            this.consumer = value;
            return this;
        }

        /**
         * Builds the contract.
         *
         * @throws InvalidValueException naming the first field that breaks a rule
         */
        public Contract build() {
            return new Contract(id, account, start, Optional.ofNullable(initialTerm), Optional.ofNullable(end),
                    Optional.ofNullable(autoRenewal), Optional.ofNullable(notice), graceDays, Optional.ofNullable(acv),
                    Optional.ofNullable(noticeGivenOn), Optional.ofNullable(owner), extensions,
                    Optional.ofNullable(plan), renewals, Optional.ofNullable(termination),
                    Optional.ofNullable(jurisdiction), consumer);
        }
    }
}
