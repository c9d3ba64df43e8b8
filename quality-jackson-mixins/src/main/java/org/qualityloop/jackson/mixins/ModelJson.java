package org.qualityloop.jackson.mixins;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.ProcessId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.PersonalField;
import org.qualityloop.model.feedback.Sentiment;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaPauseCondition;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.model.sla.SlaZoneSource;

/**
 * The JSON mapping of the {@code quality-model} types: mix-ins on their public factories and
 * accessors, using only the annotations of {@code com.fasterxml.jackson.annotation}. Records not
 * named here (stages, touchpoints, survey responses, KPI definitions…) bind through their
 * canonical constructors, which apply every rule.
 */
public final class ModelJson {

    /** Why the shared identifier and code creators have no body: Jackson reads only their annotations. */
    private static final String NEVER_CALLED = "a mix-in's creator is never called: Jackson applies its"
            + " annotations to the target type's own of(String)";

    private ModelJson() {
    }

    /**
     * Registers the mapping: each target type with its mix-in.
     *
     * @param context receives each target type and its mix-in, not null
     */
    public static void setup(BiConsumer<Class<?>, Class<?>> context) {
        for (Class<?> id : List.of(AgentId.class, CaseId.class, CustomerId.class, FeedbackId.class, KpiId.class,
                ProcessId.class, StageId.class, TeamId.class, TouchpointId.class)) {
            context.accept(id, ValueMixIn.class);
        }
        for (Class<?> code : List.of(Channel.class, CustomerSegment.class, FeedbackCategory.class, SlaTarget.class,
                SlaPauseCondition.class)) {
            context.accept(code, CodeMixIn.class);
        }
        context.accept(Money.class, MoneyMixIn.class);
        context.accept(Validity.class, ValidityMixIn.class);
        context.accept(CustomerRef.class, CustomerRefMixIn.class);
        context.accept(Feedback.class, FeedbackMixIn.class);
        context.accept(CaseOutcome.class, CaseOutcomeMixIn.class);
        context.accept(SlaWarning.class, SlaWarningMixIn.class);
        context.accept(SlaPolicy.class, SlaPolicyMixIn.class);
        context.accept(SlaRule.class, SlaRuleMixIn.class);
        context.accept(SlaClock.class, SlaClockMixIn.class);
    }

    /** An identifier: the bare string, read through {@code of(String)}. */
    abstract static class ValueMixIn {
        @JsonValue
        abstract String value();

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Object of(String value) {
            throw new AssertionError(NEVER_CALLED);
        }
    }

    /** A code: the bare string, read through {@code of(String)}. */
    abstract static class CodeMixIn {
        @JsonValue
        abstract String code();

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Object of(String code) {
            throw new AssertionError(NEVER_CALLED);
        }
    }

    /** {@code {"amount":"12.50","currency":"CNY"}}, read through {@code Money.of(String, String)}. */
    @JsonPropertyOrder({"amount", "currency"})
    abstract static class MoneyMixIn {
        @JsonProperty("amount")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Object amount();

        @JsonCreator
        static Money of(@JsonProperty(value = "amount", required = true) String amount,
                @JsonProperty(value = "currency", required = true) String currency) {
            return Money.of(amount, currency);
        }
    }

    /** Drops the derived {@code isValid()}. */
    abstract static class ValidityMixIn {
        @JsonIgnore
        abstract boolean isValid();
    }

    /**
     * The customer's identifier and personal fields, then {@code "erasedFields"} (names of {@link
     * PersonalField}) only when a field was erased, so that a reference of which nothing was erased
     * keeps the JSON it always had; read through the canonical constructor, an absent
     * {@code "erasedFields"} reading as none.
     */
    abstract static class CustomerRefMixIn {
        @JsonCreator
        CustomerRefMixIn(@JsonProperty("id") CustomerId id, @JsonProperty("name") Optional<String> name,
                @JsonProperty("phone") Optional<String> phone, @JsonProperty("email") Optional<String> email,
                @JsonProperty("erasedFields") @JsonSetter(nulls = Nulls.AS_EMPTY) Set<PersonalField> erasedFields) {
        }

        @JsonProperty("erasedFields")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Set<PersonalField> erasedFields();
    }

    /**
     * Drops the derived {@code isAnonymous()} and {@code isTextErased()}; writes {@code
     * "erasedFields"} only when the text was erased, and reads an absent one as none, as for
     * {@link CustomerRefMixIn}; writes the customer's {@code "zone"} (an IANA id) only when known,
     * so that feedback without one keeps the JSON it always had, and reads an absent one as none.
     */
    abstract static class FeedbackMixIn {
        @JsonCreator
        FeedbackMixIn(@JsonProperty("id") FeedbackId id, @JsonProperty("channel") Channel channel,
                @JsonProperty("touchpoint") Optional<TouchpointId> touchpoint,
                @JsonProperty("receivedAt") Instant receivedAt,
                @JsonProperty("customer") Optional<CustomerRef> customer,
                @JsonProperty("category") FeedbackCategory category, @JsonProperty("severity") Severity severity,
                @JsonProperty("sentiment") Sentiment sentiment, @JsonProperty("text") String text,
                @JsonProperty("validity") Validity validity,
                @JsonProperty("erasedFields") @JsonSetter(nulls = Nulls.AS_EMPTY) Set<PersonalField> erasedFields,
                @JsonProperty("zone") Optional<ZoneId> zone) {
        }

        @JsonProperty("zone")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<ZoneId> zone();

        @JsonIgnore
        abstract boolean isAnonymous();

        @JsonIgnore
        abstract boolean isTextErased();

        @JsonProperty("erasedFields")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Set<PersonalField> erasedFields();
    }

    /** Drops the derived values. */
    abstract static class CaseOutcomeMixIn {
        @JsonIgnore
        abstract boolean isResolved();

        @JsonIgnore
        abstract boolean wasReopened();

        @JsonIgnore
        abstract Optional<Duration> firstResponseTime();

        @JsonIgnore
        abstract Optional<Duration> resolutionTime();
    }

    /** A warning names its kind in {@code "type"}: {@code share} or {@code before}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SlaWarning.Share.class, name = "share"),
        @JsonSubTypes.Type(value = SlaWarning.Before.class, name = "before")
    })
    abstract static class SlaWarningMixIn {
    }

    /**
     * Default targets written in target order, so the same policy always gives the same text; the
     * per-target {@code calendars}, {@code pauseOn} and {@code zoneSources} are written only when
     * the policy names some, and read as none when absent (a policy written before they existed).
     */
    @JsonPropertyOrder({"name", "rules", "defaults", "warnings", "reopen", "calendars", "pauseOn", "zoneSources"})
    abstract static class SlaPolicyMixIn {
        @JsonCreator
        SlaPolicyMixIn(@JsonProperty(value = "name", required = true) String name,
                @JsonProperty(value = "rules", required = true) List<SlaRule> rules,
                @JsonProperty(value = "defaults", required = true) Map<SlaTarget, Duration> defaults,
                @JsonProperty(value = "warnings", required = true) List<SlaWarning> warnings,
                @JsonProperty(value = "reopen", required = true) ReopenMode reopen,
                @JsonProperty("calendars") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<SlaTarget, String> calendars,
                @JsonProperty("pauseOn") @JsonSetter(nulls = Nulls.AS_EMPTY)
                Map<SlaTarget, Set<SlaPauseCondition>> pauseOn,
                @JsonProperty("zoneSources") @JsonSetter(nulls = Nulls.AS_EMPTY)
                Map<SlaTarget, SlaZoneSource> zoneSources) {
        }

        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<SlaTarget, Duration> defaults();

        @JsonProperty("calendars")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<SlaTarget, String> calendars();

        @JsonProperty("pauseOn")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<SlaTarget, Set<SlaPauseCondition>> pauseOn();

        @JsonProperty("zoneSources")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<SlaTarget, SlaZoneSource> zoneSources();
    }

    /** The conditions (absent ones omitted) and the targets, read through the public factory. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonPropertyOrder({"priority", "severity", "channel", "category", "segment", "targets"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class SlaRuleMixIn {
        // The private fields share the properties' names; ignored so that Jackson never reaches for
        // them (the model's packages are not open to it on the module path).
        @JsonIgnore
        Object priority;
        @JsonIgnore
        Object severity;
        @JsonIgnore
        Object channel;
        @JsonIgnore
        Object category;
        @JsonIgnore
        Object segment;
        @JsonIgnore
        Object targets;

        @JsonProperty("priority")
        abstract Optional<Priority> priority();

        @JsonProperty("severity")
        abstract Optional<Severity> severity();

        @JsonProperty("channel")
        abstract Optional<Channel> channel();

        @JsonProperty("category")
        abstract Optional<FeedbackCategory> category();

        @JsonProperty("segment")
        abstract Optional<CustomerSegment> segment();

        @JsonProperty("targets")
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<SlaTarget, Duration> targets();

        @JsonCreator
        static SlaRule of(@JsonProperty("priority") Optional<Priority> priority,
                @JsonProperty("severity") Optional<Severity> severity,
                @JsonProperty("channel") Optional<Channel> channel,
                @JsonProperty("category") Optional<FeedbackCategory> category,
                @JsonProperty("segment") Optional<CustomerSegment> segment,
                @JsonProperty(value = "targets", required = true) Map<SlaTarget, Duration> targets) {
            return SlaRule.of(priority, severity, channel, category, segment, targets);
        }
    }

    /** The recorded state of a clock, absent instants omitted, read through {@code SlaClock.of}. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonPropertyOrder({"target", "targetDuration", "start", "pauses", "pausedSince", "stoppedAt", "cancelledAt",
        "breachedAt", "deadline"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class SlaClockMixIn {
        // As for SlaRule: the private fields are never used.
        @JsonIgnore
        Object target;
        @JsonIgnore
        Object targetDuration;
        @JsonIgnore
        Object start;
        @JsonIgnore
        Object pauses;
        @JsonIgnore
        Object pausedSince;
        @JsonIgnore
        Object stoppedAt;
        @JsonIgnore
        Object cancelledAt;
        @JsonIgnore
        Object breachedAt;
        @JsonIgnore
        Object deadline;

        @JsonProperty("target")
        abstract SlaTarget target();

        @JsonProperty("targetDuration")
        abstract Duration targetDuration();

        @JsonProperty("start")
        abstract Instant start();

        @JsonProperty("pauses")
        abstract List<SlaPause> pauses();

        @JsonProperty("pausedSince")
        abstract Optional<Instant> pausedSince();

        @JsonProperty("stoppedAt")
        abstract Optional<Instant> stoppedAt();

        @JsonProperty("cancelledAt")
        abstract Optional<Instant> cancelledAt();

        @JsonProperty("breachedAt")
        abstract Optional<Instant> recordedBreach();

        @JsonProperty("deadline")
        abstract Instant deadline();

        @JsonCreator
        static SlaClock of(@JsonProperty(value = "target", required = true) SlaTarget target,
                @JsonProperty(value = "targetDuration", required = true) Duration targetDuration,
                @JsonProperty(value = "start", required = true) Instant start,
                @JsonProperty(value = "pauses", required = true) List<SlaPause> pauses,
                @JsonProperty("pausedSince") Optional<Instant> pausedSince,
                @JsonProperty("stoppedAt") Optional<Instant> stoppedAt,
                @JsonProperty("cancelledAt") Optional<Instant> cancelledAt,
                @JsonProperty("breachedAt") Optional<Instant> breachedAt,
                @JsonProperty(value = "deadline", required = true) Instant deadline) {
            return SlaClock.of(target, targetDuration, start, pauses, pausedSince, stoppedAt, cancelledAt, breachedAt,
                    deadline);
        }
    }
}
