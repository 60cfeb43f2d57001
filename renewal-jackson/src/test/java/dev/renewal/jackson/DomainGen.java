package dev.renewal.jackson;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Term;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayCause;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.DelaySignal;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.delay.PercentRange;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;
import dev.renewal.json.Portfolio;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OrganizationStage;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/** QuickTheories generators of valid domain values, within dates the engine can always compute. */
final class DomainGen {

    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "GBP", "BHD", "CHF", "CLF");

    private DomainGen() {
    }

    /** Any text without lone surrogates, quotes, backslashes and control characters included; never blank. */
    static Gen<String> text() {
        return strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(1, 12).assuming(s -> !s.isBlank());
    }

    static Gen<LocalDate> dates() {
        return integers().between(0, 365 * 60).map(d -> EPOCH.plusDays(d));
    }

    static Gen<Period> periods() {
        return Generate.pick(List.of(Period.ofYears(1), Period.ofMonths(1), Period.ofMonths(6), Period.ofDays(30),
                        Period.ofDays(90), Period.of(1, 2, 3), Period.ofYears(3), Period.ofWeeks(2)));
    }

    static Gen<Money> money() {
        return in -> {
            Currency c = Currency.getInstance(Generate.pick(CURRENCIES).generate(in));
            int scale = integers().between(0, c.getDefaultFractionDigits()).generate(in);
            return Money.of(BigDecimal.valueOf(longs().between(0, 10_000_000_000L).generate(in), scale), c);
        };
    }

    static Gen<NoticePeriod> notices() {
        return in -> NoticePeriod.of(integers().between(0, 400).generate(in),
                Generate.enumValues(NoticeUnit.class).generate(in),
                Generate.enumValues(NoticeAnchor.class).generate(in),
                Generate.enumValues(BusinessDayAdjustment.class).generate(in));
    }

    static Gen<AutoRenewal> autoRenewals() {
        return in -> new AutoRenewal(periods().generate(in), optionalInt(integers().between(0, 20)).generate(in));
    }

    static Gen<Extension> extensions() {
        return in -> new Extension(Generate.enumValues(ExtensionKind.class).generate(in), periods().generate(in),
                Optional.ofNullable(booleans().all().generate(in) ? percent().generate(in) : null),
                Optional.ofNullable(booleans().all().generate(in) ? money().generate(in) : null));
    }

    /** 0 to 1000 with 0 to 2 decimals, the scale kept: "20", "17.5", "0.00". */
    static Gen<BigDecimal> percent() {
        return in -> {
            int scale = integers().between(0, 2).generate(in);
            return BigDecimal.valueOf(integers().between(0, 1000 * (int) Math.pow(10, scale)).generate(in), scale);
        };
    }

    static Gen<Contract> contracts() {
        return in -> {
            LocalDate start = dates().generate(in);
            Contract.Builder b = Contract.builder(text().generate(in), text().generate(in), start);
            if (booleans().all().generate(in)) {
                b.initialTerm(periods().generate(in));
            } else {
                b.end(start.plusDays(integers().between(0, 1000).generate(in)));
            }
            b.autoRenewal(maybe(autoRenewals()).generate(in));
            b.notice(maybe(notices()).generate(in));
            b.graceDays(integers().between(0, Contract.MAX_GRACE_DAYS).generate(in));
            b.acv(maybe(money()).generate(in));
            b.noticeGivenOn(maybe(integers().between(0, 3000).map(start::plusDays)).generate(in));
            b.owner(maybe(text()).generate(in));
            int n = integers().between(0, 2).generate(in);
            for (int i = 0; i < n; i++) {
                b.extension(extensions().generate(in));
            }
            return b.build();
        };
    }

    static Gen<Term> terms() {
        return in -> {
            LocalDate start = dates().generate(in);
            return Term.of(integers().between(0, 500).generate(in), start,
                    start.plusDays(integers().between(0, 4000).generate(in)));
        };
    }

    /** Schedules as the engine computes them for generated contracts. */
    static Gen<Schedule> schedules() {
        return in -> ScheduleEngine.defaults().schedule(contracts().generate(in),
                dates().generate(in).plusYears(integers().between(0, 5).generate(in)));
    }

    static Gen<Rejection> rejections() {
        return in -> new Rejection(longs().between(0, Long.MAX_VALUE).generate(in),
                Optional.ofNullable(maybe(text()).generate(in)), strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 30).generate(in));
    }

    static Gen<List<Contract>> contractLists() {
        return in -> {
            int n = integers().between(0, 6).generate(in);
            List<Contract> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(contracts().generate(in));
            }
            return out;
        };
    }

    static Gen<Portfolio> portfolios() {
        return in -> {
            List<LocalDate> holidays = new ArrayList<>();
            int n = integers().between(0, 4).generate(in);
            for (int i = 0; i < n; i++) {
                holidays.add(dates().generate(in));
            }
            return new Portfolio(contractLists().generate(in), holidays);
        };
    }

    /** Agendas the engine computes over generated portfolios (duplicate ids become rejections). */
    static Gen<Agenda> agendas() {
        return in -> {
            LocalDate from = dates().generate(in);
            return ScheduleEngine.defaults().agenda(contractLists().generate(in), from,
                    from.plusDays(integers().between(0, 800).generate(in)), Execution.SEQUENTIAL);
        };
    }

    static Gen<PortfolioResult> portfolioResults() {
        return in -> {
            List<Contract> contracts = contractLists().generate(in);
            if (!contracts.isEmpty() && booleans().all().generate(in)) {
                contracts.add(contracts.get(0));
            }
            return ScheduleEngine.defaults().schedule(contracts, dates().generate(in), Execution.SEQUENTIAL);
        };
    }

    static Gen<DelayReport> delayReports() {
        return in -> {
            LocalDate reported = dates().generate(in);
            return DelayReport.of(text().generate(in), text().generate(in), reported,
                    reported.plusDays(integers().between(-90, 90).generate(in)),
                    Generate.enumValues(DelayCause.class).generate(in), someOf(DelaySignal.class).generate(in),
                    integers().between(0, 5).generate(in), money().generate(in),
                    strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 20).generate(in));
        };
    }

    static Gen<Explanation> explanations() {
        return in -> Explanation.of(text().generate(in),
                strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 20).generate(in));
    }

    static Gen<BridgeOption> bridges() {
        return in -> {
            BridgeOption b = BridgeOption.of(Generate.pick(BridgeKind.bundled()).generate(in), periods().generate(in));
            if (booleans().all().generate(in)) {
                b = b.withFee(money().generate(in));
            }
            if (booleans().all().generate(in)) {
                BigDecimal min = percent().generate(in);
                // Both bounds stay within PercentRange's 1000 % ceiling.
                b = b.withPremium(PercentRange.of(min, min.add(percent().generate(in)).min(BigDecimal.valueOf(1000))));
            }
            if (booleans().all().generate(in)) {
                b = b.withDiscount(percent().generate(in).divide(BigDecimal.TEN));
            }
            return b;
        };
    }

    static Gen<DelayAssessment> delayAssessments() {
        return in -> DelayAssessment.of(text().generate(in), text().generate(in), Generate.enumValues(DelayClass.class).generate(in),
                Generate.enumValues(Severity.class).generate(in), Generate.enumValues(ResponseMode.class).generate(in),
                listOf(Generate.pick(RecommendedAction.bundled()), 4).generate(in), listOf(bridges(), 3).generate(in),
                booleans().all().generate(in) ? FoldRecommendation.fold(text().generate(in)) : FoldRecommendation.keepGoing(),
                Generate.enumValues(Escalation.class).generate(in), listOf(explanations(), 3).generate(in));
    }

    static Gen<AccountProfile> accountProfiles() {
        return in -> AccountProfile.of(text().generate(in), money().generate(in), integers().between(1, 50).generate(in),
                booleans().all().generate(in), booleans().all().generate(in),
                Generate.enumValues(OrganizationStage.class).generate(in), integers().between(1, 500).generate(in),
                booleans().all().generate(in), booleans().all().generate(in), booleans().all().generate(in));
    }

    static Gen<OwnerAssignment> ownerAssignments() {
        return in -> {
            List<Explanation> reasons = new ArrayList<>(listOf(explanations(), 3).generate(in));
            reasons.add(explanations().generate(in));
            return OwnerAssignment.of(text().generate(in), Generate.enumValues(OwnerRole.class).generate(in),
                    Generate.enumValues(CureLens.class).generate(in), reasons);
        };
    }

    private static <T> Gen<List<T>> listOf(Gen<T> gen, int max) {
        return in -> {
            int n = integers().between(0, max).generate(in);
            List<T> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(gen.generate(in));
            }
            return out;
        };
    }

    private static <E extends Enum<E>> Gen<Set<E>> someOf(Class<E> type) {
        return in -> {
            Set<E> out = EnumSet.noneOf(type);
            for (E e : type.getEnumConstants()) {
                if (integers().between(0, 3).generate(in) == 0) {
                    out.add(e);
                }
            }
            return out;
        };
    }

    private static <T> Gen<T> maybe(Gen<T> gen) {
        return in -> booleans().all().generate(in) ? gen.generate(in) : null;
    }

    private static Gen<OptionalInt> optionalInt(Gen<Integer> gen) {
        return in -> booleans().all().generate(in) ? OptionalInt.of(gen.generate(in)) : OptionalInt.empty();
    }
}
