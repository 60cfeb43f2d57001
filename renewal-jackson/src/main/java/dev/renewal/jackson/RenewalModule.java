package dev.renewal.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.money.Money;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Rejection;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;

/**
 * Reads and writes the renewal domain as the JSON documented in docs/json.md, without a single
 * annotation in the core. Register it with {@code mapper.registerModule(new RenewalModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}. For
 * untrusted input prefer {@link RenewalJson#mapper()}, which also sets strict parsing limits.
 */
public final class RenewalModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Registers one stateless serializer and deserializer per type. */
    public RenewalModule() {
        super(PackageVersion.VERSION);
        addSerializer(Money.class, MoneySerializer.INSTANCE);
        addDeserializer(Money.class, MoneyDeserializer.INSTANCE);
        addSerializer(NoticePeriod.class, NoticePeriodSerializer.INSTANCE);
        addDeserializer(NoticePeriod.class, NoticePeriodDeserializer.INSTANCE);
        addSerializer(AutoRenewal.class, AutoRenewalSerializer.INSTANCE);
        addDeserializer(AutoRenewal.class, AutoRenewalDeserializer.INSTANCE);
        addSerializer(Extension.class, ExtensionSerializer.INSTANCE);
        addDeserializer(Extension.class, ExtensionDeserializer.INSTANCE);
        addSerializer(Contract.class, ContractSerializer.INSTANCE);
        addDeserializer(Contract.class, ContractDeserializer.INSTANCE);
        addSerializer(Term.class, TermSerializer.INSTANCE);
        addDeserializer(Term.class, TermDeserializer.INSTANCE);
        addSerializer(ScheduleEvent.class, ScheduleEventSerializer.INSTANCE);
        addDeserializer(ScheduleEvent.class, ScheduleEventDeserializer.INSTANCE);
        addSerializer(Schedule.class, ScheduleSerializer.INSTANCE);
        addDeserializer(Schedule.class, ScheduleDeserializer.INSTANCE);
        addSerializer(Rejection.class, RejectionSerializer.INSTANCE);
        addSerializer(AgendaEntry.class, AgendaEntrySerializer.INSTANCE);
    }

    @Override
    public String getModuleName() {
        return "RenewalModule";
    }

    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }
}
