package dev.renewal.jackson.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.CalendarAlignment;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.contract.Termination;
import dev.renewal.money.Money;
import dev.renewal.progress.CycleRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The JSON shapes of contracts and their clauses (docs/json.md), as annotations on the core's records. */
final class ContractMixins {

    private ContractMixins() {
    }

    /** Absent optional fields are omitted, as are zero grace days and no extensions. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class ContractMixin {
        @JsonCreator
        ContractMixin(@JsonProperty(value = "id", required = true) String id,
                      @JsonProperty(value = "account", required = true) String account,
                      @JsonProperty(value = "start", required = true) LocalDate start,
                      @JsonProperty("initialTerm") Optional<Period> initialTerm,
                      @JsonProperty("end") Optional<LocalDate> end,
                      @JsonProperty("autoRenewal") Optional<AutoRenewal> autoRenewal,
                      @JsonProperty("notice") Optional<NoticePeriod> notice,
                      @JsonProperty("graceDays") int graceDays,
                      @JsonProperty("acv") Optional<Money> acv,
                      @JsonProperty("noticeGivenOn") Optional<LocalDate> noticeGivenOn,
                      @JsonProperty("owner") Optional<String> owner,
                      @JsonProperty("extensions") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Extension> extensions,
                      @JsonProperty("plan") Optional<String> plan,
                      @JsonProperty("renewals") @JsonSetter(nulls = Nulls.AS_EMPTY) List<CycleRecord> renewals,
                      @JsonProperty("termination") Optional<Termination> termination,
                      @JsonProperty("jurisdiction") Optional<String> jurisdiction,
                      @JsonProperty("consumer") boolean consumer) {
        }

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract int graceDays();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Extension> extensions();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<CycleRecord> renewals();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean consumer();
    }

    /**
     * {@code from} defaults to {@code TERM_END} and {@code adjustment} to {@code NONE} (docs/conventions.md section 1);
     * {@code amount} and {@code unit} are required unless {@code fixedDate} is given (docs/conventions.md section 5). Written by
     * the modules' own serializer, which leaves out what a fixed date does not use.
     */
    abstract static class NoticePeriodMixin {
        @JsonCreator
        NoticePeriodMixin(@JsonProperty("amount") int amount,
                          @JsonProperty("unit") NoticeUnit unit,
                          @JsonProperty("from") @JsonSetter(nulls = Nulls.AS_EMPTY) NoticeAnchor anchor,
                          @JsonProperty("adjustment") @JsonSetter(nulls = Nulls.AS_EMPTY) BusinessDayAdjustment adjustment,
                          @JsonProperty("fixedDate") Optional<MonthDay> fixedDate) {
        }

        @JsonProperty("from")
        abstract NoticeAnchor anchor();
    }

    /** The default of an absent or null {@code from}. */
    enum NoticeAnchorMixin {
        @JsonEnumDefaultValue
        TERM_END
    }

    /** The default of an absent or null {@code adjustment}. */
    enum AdjustmentMixin {
        @JsonEnumDefaultValue
        NONE
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class AutoRenewalMixin {
        @JsonCreator
        AutoRenewalMixin(@JsonProperty(value = "term", required = true) Period term,
                         @JsonProperty("maxRenewals") OptionalInt maxRenewals,
                         @JsonProperty("alignTo") Optional<CalendarAlignment> alignTo) {
        }
    }

    /** Termination for convenience (docs/conventions.md section 5); {@code notBefore} is omitted when absent. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class TerminationMixin {
        @JsonCreator
        TerminationMixin(@JsonProperty(value = "notice", required = true) NoticePeriod notice,
                         @JsonProperty("notBefore") Optional<Period> notBefore) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class ExtensionMixin {
        @JsonCreator
        ExtensionMixin(@JsonProperty(value = "kind", required = true) ExtensionKind kind,
                       @JsonProperty(value = "length", required = true) Period length,
                       @JsonProperty("premiumPercent") @JsonFormat(shape = JsonFormat.Shape.STRING) Optional<BigDecimal> premiumPercent,
                       @JsonProperty("fee") Optional<Money> fee) {
        }

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Optional<BigDecimal> premiumPercent();
    }

    /** The amount is a decimal string at the currency's scale: money never passes through binary floating point. */
    abstract static class MoneyMixin {
        @JsonCreator
        MoneyMixin(@JsonProperty(value = "amount", required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                   @JsonProperty(value = "currency", required = true) Currency currency) {
        }

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract BigDecimal amount();

        @JsonIgnore
        abstract boolean isZero();
    }
}
