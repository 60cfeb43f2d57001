package dev.renewal.jackson3;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdConvertingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdConvertingSerializer;
import tools.jackson.databind.util.StdConverter;
import dev.renewal.delay.DelayReport;
import dev.renewal.jackson.mixin.DelayReportJson;
import tools.jackson.databind.ser.std.ToStringSerializer;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.jackson3.internal.DistinctEnumSets;
import dev.renewal.jackson3.internal.FailFastUnknownFields;
import dev.renewal.jackson3.internal.NoticeInstantiator;
import dev.renewal.jackson3.internal.PortfolioDeserializer;
import dev.renewal.jackson3.internal.TextForms;
import dev.renewal.jackson.Portfolio;
import dev.renewal.jackson.mixin.RenewalMixins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Currency;

/**
 * The Jackson 3 module for the renewal domain, the counterpart of renewal-jackson's: Jackson binds the core's records through the mix-ins of
 * {@link RenewalMixins} (the JSON shapes of {@code docs/json.md}), and this module adds the strict text
 * forms of dates, periods, currency codes and decimal strings. Found by
 * {@code MapperBuilder.findAndAddModules()} through {@code META-INF/services}; Jackson 3 reads the
 * core's {@code Optional} values itself. {@link RenewalJson#mapper()} gives a
 * mapper with it, strict binding, safe read limits and the renewal error messages.
 *
 * <p>Note that in a mapper of one's own it also reads and writes every {@link LocalDate} and
 * {@link Period} in their strict ISO-8601 forms and writes every {@link BigDecimal} in plain notation;
 * other decimals are read as Jackson reads them (only the mix-ins' decimal strings are strict).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RenewalModule()).build();
 * Contract c = mapper.readValue(json, Contract.class);
 * }</pre>
 */
public final class RenewalModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "dev.renewal", "renewal-jackson3");

    /** Registers the mix-ins and the text forms. */
    public RenewalModule() {
        super(VERSION);
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
        addDeserializer(DelayReport.class, new StdConvertingDeserializer<>(new StdConverter<DelayReportJson, DelayReport>() {
            @Override
            public DelayReport convert(DelayReportJson json) {
                return json.toReport();
            }
        }));
        addSerializer(DelayReport.class, new StdConvertingSerializer(new StdConverter<DelayReport, DelayReportJson>() {
            @Override
            public DelayReportJson convert(DelayReport report) {
                return DelayReportJson.of(report);
            }
        }));
    }

    @Override
    public void setupModule(JacksonModule.SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new DistinctEnumSets());
        context.addValueInstantiators(new NoticeInstantiator());
        context.addDeserializerModifier(new FailFastUnknownFields());
    }

    @Override
    public String getModuleName() {
        return getClass().getSimpleName();
    }

    @Override
    public Version version() {
        return VERSION;
    }
}
