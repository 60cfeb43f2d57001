package dev.renewal.jackson;

import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Term;
import dev.renewal.money.Money;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.Execution;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Rejection;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEngine;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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

    private static <T> Gen<T> maybe(Gen<T> gen) {
        return in -> booleans().all().generate(in) ? gen.generate(in) : null;
    }

    private static Gen<OptionalInt> optionalInt(Gen<Integer> gen) {
        return in -> booleans().all().generate(in) ? OptionalInt.of(gen.generate(in)) : OptionalInt.empty();
    }
}
