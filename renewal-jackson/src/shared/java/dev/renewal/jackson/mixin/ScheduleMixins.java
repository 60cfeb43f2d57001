package dev.renewal.jackson.mixin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Term;
import dev.renewal.schedule.AgendaEntry;
import dev.renewal.schedule.Derivation;
import dev.renewal.schedule.EventType;
import dev.renewal.schedule.Schedule;
import dev.renewal.schedule.ScheduleEvent;
import dev.renewal.schedule.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The JSON shapes of schedules, agendas and rejections: absent values are written as {@code null}. */
final class ScheduleMixins {

    private ScheduleMixins() {
    }

    abstract static class TermMixin {
        @JsonCreator
        TermMixin(@JsonProperty(value = "index", required = true) int index,
                  @JsonProperty(value = "start", required = true) LocalDate start,
                  @JsonProperty(value = "end", required = true) LocalDate end) {
        }
    }

    abstract static class ScheduleEventMixin {
        @JsonCreator
        ScheduleEventMixin(@JsonProperty(value = "date", required = true) LocalDate date,
                           @JsonProperty(value = "type", required = true) EventType type,
                           @JsonProperty("level") OptionalInt level,
                           @JsonProperty(value = "derivation", required = true) Derivation derivation,
                           @JsonProperty("stage") Optional<String> stage,
                           @JsonProperty("recipient") Optional<String> recipient) {
        }

        /** Written only on a STAGE_DUE event. */
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<String> stage();

        /** Written only on an escalation whose recipient is known. */
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<String> recipient();
    }

    /** A derivation is written as its text. */
    abstract static class DerivationMixin {
        @JsonCreator
        static Derivation of(String text) {
            throw new UnsupportedOperationException();
        }

        @JsonValue
        abstract String text();
    }

    abstract static class ScheduleMixin {
        @JsonCreator
        ScheduleMixin(@JsonProperty(value = "contractId", required = true) String contractId,
                      @JsonProperty(value = "asOf", required = true) LocalDate asOf,
                      @JsonProperty(value = "status", required = true) Status status,
                      @JsonProperty(value = "term", required = true) Term term,
                      @JsonProperty("noticeDeadline") Optional<LocalDate> noticeDeadline,
                      @JsonProperty("nextNoticeDeadline") Optional<LocalDate> nextNoticeDeadline,
                      @JsonProperty("nextTerm") Optional<Term> nextTerm,
                      @JsonProperty("finalEnd") Optional<LocalDate> finalEnd,
                      @JsonProperty("graceEnd") Optional<LocalDate> graceEnd,
                      @JsonProperty("earliestExit") Optional<LocalDate> earliestExit,
                      @JsonProperty("events") @JsonSetter(nulls = Nulls.AS_EMPTY) List<ScheduleEvent> events,
                      @JsonProperty("warnings") @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> warnings) {
        }
    }

    abstract static class RejectionMixin {
        @JsonCreator
        RejectionMixin(@JsonProperty(value = "index", required = true) long index,
                       @JsonProperty("contractId") Optional<String> id,
                       @JsonProperty(value = "reason", required = true) String reason) {
        }

        @JsonProperty("contractId")
        abstract Optional<String> id();
    }

    abstract static class AgendaEntryMixin {
        @JsonCreator
        AgendaEntryMixin(@JsonProperty(value = "contractId", required = true) String contractId,
                         @JsonProperty(value = "account", required = true) String account,
                         @JsonProperty("owner") Optional<String> owner,
                         @JsonProperty(value = "event", required = true) ScheduleEvent event,
                         @JsonProperty("recipient") Optional<String> recipient) {
        }
    }

    abstract static class AgendaMixin {
        @JsonCreator
        AgendaMixin(@JsonProperty(value = "from", required = true) LocalDate from,
                    @JsonProperty(value = "to", required = true) LocalDate to,
                    @JsonProperty("entries") @JsonSetter(nulls = Nulls.AS_EMPTY) List<AgendaEntry> entries,
                    @JsonProperty("rejections") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Rejection> rejections) {
        }
    }

    abstract static class PortfolioResultMixin {
        @JsonCreator
        PortfolioResultMixin(@JsonProperty("schedules") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Schedule> schedules,
                             @JsonProperty("rejections") @JsonSetter(nulls = Nulls.AS_EMPTY) List<Rejection> rejections) {
        }
    }
}
