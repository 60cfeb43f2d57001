package dev.renewal.jackson.mixin;

import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.Term;
import dev.renewal.contract.Termination;
import dev.renewal.delay.BridgeKind;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.PercentRange;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.explanation.Explanation;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.schedule.Agenda;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Derivation;
import dev.renewal.schedule.PortfolioResult;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;

import dev.renewal.progress.CycleRecord;
import dev.renewal.progress.Outcome;
import dev.renewal.progress.StageCompletion;
import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.PipelineRow;
import dev.renewal.workflow.Stage;
import dev.renewal.workflow.StagePlan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of the renewal domain as Jackson mix-ins: the core stays free of annotations, and
 * the mix-ins use only {@code com.fasterxml.jackson.annotation}, which Jackson 2 and Jackson 3 share,
 * so both modules bind the same shapes from this one table.
 */
public final class RenewalMixins {

    private static final Map<Class<?>, Class<?>> ALL = table();

    private RenewalMixins() {
    }

    /** Each domain type and the mix-in that carries its JSON shape, unmodifiable. */
    public static Map<Class<?>, Class<?>> all() {
        return ALL;
    }

    private static Map<Class<?>, Class<?>> table() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(Contract.class, ContractMixins.ContractMixin.class);
        m.put(NoticePeriod.class, ContractMixins.NoticePeriodMixin.class);
        m.put(NoticeAnchor.class, ContractMixins.NoticeAnchorMixin.class);
        m.put(BusinessDayAdjustment.class, ContractMixins.AdjustmentMixin.class);
        m.put(AutoRenewal.class, ContractMixins.AutoRenewalMixin.class);
        m.put(Termination.class, ContractMixins.TerminationMixin.class);
        m.put(Extension.class, ContractMixins.ExtensionMixin.class);
        m.put(Money.class, ContractMixins.MoneyMixin.class);
        m.put(Term.class, ScheduleMixins.TermMixin.class);
        m.put(ScheduleEvent.class, ScheduleMixins.ScheduleEventMixin.class);
        m.put(Derivation.class, ScheduleMixins.DerivationMixin.class);
        m.put(Schedule.class, ScheduleMixins.ScheduleMixin.class);
        m.put(Rejection.class, ScheduleMixins.RejectionMixin.class);
        m.put(AgendaEntry.class, ScheduleMixins.AgendaEntryMixin.class);
        m.put(Agenda.class, ScheduleMixins.AgendaMixin.class);
        m.put(PortfolioResult.class, ScheduleMixins.PortfolioResultMixin.class);
        m.put(DelayAssessment.class, DelayMixins.DelayAssessmentMixin.class);
        m.put(BridgeOption.class, DelayMixins.BridgeOptionMixin.class);
        m.put(BridgeKind.class, DelayMixins.BridgeKindMixin.class);
        m.put(RecommendedAction.class, DelayMixins.RecommendedActionMixin.class);
        m.put(PercentRange.class, DelayMixins.PercentRangeMixin.class);
        m.put(Explanation.class, DelayMixins.ExplanationMixin.class);
        m.put(CycleRecord.class, WorkflowMixins.CycleRecordMixin.class);
        m.put(StageCompletion.class, WorkflowMixins.StageCompletionMixin.class);
        m.put(Outcome.class, WorkflowMixins.OutcomeMixin.class);
        m.put(StaffMember.class, WorkflowMixins.StaffMemberMixin.class);
        m.put(StagePlan.class, WorkflowMixins.StagePlanMixin.class);
        m.put(Stage.class, WorkflowMixins.StageMixin.class);
        m.put(PipelineRow.class, WorkflowMixins.PipelineRowMixin.class);
        m.put(AccountProfile.class, OwnershipMixins.AccountProfileMixin.class);
        m.put(OwnerAssignment.class, OwnershipMixins.OwnerAssignmentMixin.class);
        return Map.copyOf(m);
    }
}
