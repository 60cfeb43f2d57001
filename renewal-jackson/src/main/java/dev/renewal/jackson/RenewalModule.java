package dev.renewal.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayReport;
import dev.renewal.delay.PercentRange;
import dev.renewal.explanation.Explanation;
import dev.renewal.jackson.internal.AccountProfileDeserializer;
import dev.renewal.jackson.internal.AccountProfileSerializer;
import dev.renewal.jackson.internal.AgendaDeserializer;
import dev.renewal.jackson.internal.AgendaEntryDeserializer;
import dev.renewal.jackson.internal.AgendaEntrySerializer;
import dev.renewal.jackson.internal.AgendaSerializer;
import dev.renewal.jackson.internal.AutoRenewalDeserializer;
import dev.renewal.jackson.internal.AutoRenewalSerializer;
import dev.renewal.jackson.internal.BridgeOptionDeserializer;
import dev.renewal.jackson.internal.BridgeOptionSerializer;
import dev.renewal.jackson.internal.ContractDeserializer;
import dev.renewal.jackson.internal.ContractSerializer;
import dev.renewal.jackson.internal.DelayAssessmentDeserializer;
import dev.renewal.jackson.internal.DelayAssessmentSerializer;
import dev.renewal.jackson.internal.DelayReportDeserializer;
import dev.renewal.jackson.internal.DelayReportSerializer;
import dev.renewal.jackson.internal.ExplanationDeserializer;
import dev.renewal.jackson.internal.ExplanationSerializer;
import dev.renewal.jackson.internal.ExtensionDeserializer;
import dev.renewal.jackson.internal.ExtensionSerializer;
import dev.renewal.jackson.internal.MoneyDeserializer;
import dev.renewal.jackson.internal.MoneySerializer;
import dev.renewal.jackson.internal.NoticePeriodDeserializer;
import dev.renewal.jackson.internal.NoticePeriodSerializer;
import dev.renewal.jackson.internal.OwnerAssignmentDeserializer;
import dev.renewal.jackson.internal.OwnerAssignmentSerializer;
import dev.renewal.jackson.internal.PercentRangeDeserializer;
import dev.renewal.jackson.internal.PercentRangeSerializer;
import dev.renewal.jackson.internal.PortfolioDeserializer;
import dev.renewal.jackson.internal.PortfolioResultDeserializer;
import dev.renewal.jackson.internal.PortfolioResultSerializer;
import dev.renewal.jackson.internal.PortfolioSerializer;
import dev.renewal.jackson.internal.RejectionDeserializer;
import dev.renewal.jackson.internal.RejectionSerializer;
import dev.renewal.jackson.internal.ScheduleDeserializer;
import dev.renewal.jackson.internal.ScheduleEventDeserializer;
import dev.renewal.jackson.internal.ScheduleEventSerializer;
import dev.renewal.jackson.internal.ScheduleSerializer;
import dev.renewal.jackson.internal.TermDeserializer;
import dev.renewal.jackson.internal.TermSerializer;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;

/**
 * The Jackson module for the renewal domain: one stateless serializer and deserializer per type, with
 * the JSON shapes of {@code docs/json.md}. Found by {@code ObjectMapper.findAndRegisterModules()}
 * through {@code META-INF/services}; {@link RenewalJson#mapper()} gives a mapper with it and with
 * safe read limits.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RenewalModule());
 * Contract c = mapper.readValue(json, Contract.class);
 * }</pre>
 */
public final class RenewalModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Registers every (de)serializer. */
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
        addDeserializer(Rejection.class, RejectionDeserializer.INSTANCE);
        addSerializer(AgendaEntry.class, AgendaEntrySerializer.INSTANCE);
        addDeserializer(AgendaEntry.class, AgendaEntryDeserializer.INSTANCE);
        addSerializer(Agenda.class, AgendaSerializer.INSTANCE);
        addDeserializer(Agenda.class, AgendaDeserializer.INSTANCE);
        addSerializer(PortfolioResult.class, PortfolioResultSerializer.INSTANCE);
        addDeserializer(PortfolioResult.class, PortfolioResultDeserializer.INSTANCE);
        addSerializer(DelayReport.class, DelayReportSerializer.INSTANCE);
        addDeserializer(DelayReport.class, DelayReportDeserializer.INSTANCE);
        addSerializer(DelayAssessment.class, DelayAssessmentSerializer.INSTANCE);
        addDeserializer(DelayAssessment.class, DelayAssessmentDeserializer.INSTANCE);
        addSerializer(BridgeOption.class, BridgeOptionSerializer.INSTANCE);
        addDeserializer(BridgeOption.class, BridgeOptionDeserializer.INSTANCE);
        addSerializer(PercentRange.class, PercentRangeSerializer.INSTANCE);
        addDeserializer(PercentRange.class, PercentRangeDeserializer.INSTANCE);
        addSerializer(Explanation.class, ExplanationSerializer.INSTANCE);
        addDeserializer(Explanation.class, ExplanationDeserializer.INSTANCE);
        addSerializer(AccountProfile.class, AccountProfileSerializer.INSTANCE);
        addDeserializer(AccountProfile.class, AccountProfileDeserializer.INSTANCE);
        addSerializer(OwnerAssignment.class, OwnerAssignmentSerializer.INSTANCE);
        addDeserializer(OwnerAssignment.class, OwnerAssignmentDeserializer.INSTANCE);
        addSerializer(Portfolio.class, PortfolioSerializer.INSTANCE);
        addDeserializer(Portfolio.class, PortfolioDeserializer.INSTANCE);
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
