package dev.renewal.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.mixin.DelayReportJson;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.jackson.internal.DistinctEnumSets;
import dev.renewal.jackson.internal.FailFastUnknownFields;
import dev.renewal.jackson.internal.NoticeInstantiator;
import dev.renewal.jackson.internal.PortfolioDeserializer;
import dev.renewal.jackson.internal.TextForms;
import dev.renewal.jackson.mixin.RenewalMixins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Currency;
import java.util.List;

/**
 * The Jackson module for the renewal domain: Jackson binds the core's records through the mix-ins of
 * {@link RenewalMixins} (the JSON shapes of {@code docs/json.md}), and this module adds the strict text
 * forms of dates, periods, currency codes and decimal strings. Found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}; registers
 * {@link Jdk8Module} for the core's {@code Optional} values. {@link RenewalJson#mapper()} gives a
 * mapper with it, strict binding, safe read limits and the renewal error messages.
 *
 * <p>Note that in a mapper of one's own it also reads and writes every {@link LocalDate} and
 * {@link Period} in their strict ISO-8601 forms and writes every {@link BigDecimal} in plain notation;
 * other decimals are read as Jackson reads them (only the mix-ins' decimal strings are strict).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RenewalModule());
 * Contract c = mapper.readValue(json, Contract.class);
 * }</pre>
 */
public final class RenewalModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Registers the mix-ins and the text forms. */
    public RenewalModule() {
        super(PackageVersion.VERSION);
        RenewalMixins.all().forEach(this::setMixInAnnotation);
        addDeserializer(LocalDate.class, TextForms.DATE);
        addSerializer(LocalDate.class, ToStringSerializer.instance);
        addDeserializer(Period.class, TextForms.PERIOD);
        addSerializer(Period.class, ToStringSerializer.instance);
        addDeserializer(MonthDay.class, TextForms.MONTH_DAY);
        addSerializer(MonthDay.class, ToStringSerializer.instance);
        addSerializer(NoticePeriod.class, new TextForms.NoticeText());
        addDeserializer(Currency.class, TextForms.CURRENCY);
        addDeserializer(BigDecimal.class, new TextForms.Decimal());
        addSerializer(BigDecimal.class, new TextForms.PlainDecimal());
        addDeserializer(FoldRecommendation.class, new TextForms.Fold());
        addSerializer(FoldRecommendation.class, new TextForms.FoldText());
        addDeserializer(Portfolio.class, new PortfolioDeserializer());
        addDeserializer(DelayReport.class, new StdDelegatingDeserializer<>(new StdConverter<DelayReportJson, DelayReport>() {
            @Override
            public DelayReport convert(DelayReportJson json) {
                return json.toReport();
            }
        }));
        addSerializer(DelayReport.class, new StdDelegatingSerializer(new StdConverter<DelayReport, DelayReportJson>() {
            @Override
            public DelayReportJson convert(DelayReport report) {
                return DelayReportJson.of(report);
            }
        }));
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new DistinctEnumSets());
        context.addValueInstantiators(new NoticeInstantiator());
        context.addBeanDeserializerModifier(new FailFastUnknownFields());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module());
    }

    @Override
    public String getModuleName() {
        return getClass().getSimpleName();
    }

    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }
}
