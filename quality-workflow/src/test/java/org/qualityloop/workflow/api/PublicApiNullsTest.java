package org.qualityloop.workflow.api;

import java.lang.reflect.Executable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.qualityloop.apicheck.PublicApiContract;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaAlert;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseFeed;
import org.qualityloop.workflow.engine.CaseListener;
import org.qualityloop.workflow.engine.CaseRejectedException;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.knowledge.InMemoryKnowledgeBase;
import org.qualityloop.workflow.knowledge.KnowledgeBase;
import org.qualityloop.workflow.machine.Action;
import org.qualityloop.workflow.machine.Guard;
import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.Rejection;
import org.qualityloop.workflow.machine.StateMachine;
import org.qualityloop.workflow.machine.Transition;
import org.qualityloop.workflow.machine.TransitionListener;
import org.qualityloop.workflow.machine.TransitionRejectedException;
import org.qualityloop.workflow.machine.Verdict;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.StoreTransaction;
import org.qualityloop.workflow.store.UnitOfWork;
import org.qualityloop.workflow.store.Erasure;
import org.qualityloop.workflow.store.PersonalData;

/** The public-API null and equality checks of {@code PublicApiContract} over quality-workflow. */
class PublicApiNullsTest extends PublicApiContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final BusinessCalendar CALENDAR = BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC);
    private static final FeedbackLifecycle LIFECYCLE = FeedbackLifecycle.standard(CALENDAR);

    private static Feedback feedback(int v) {
        return Feedback.builder(FeedbackId.of("fb-" + v), Channel.APP, T0).build();
    }

    private static CaseEvent received(int v) {
        return CaseEvent.of(CaseId.of("case-" + v), 1, CommandId.of("open-" + v), Actor.system("intake"), T0,
                CaseChange.Received.of(feedback(v)));
    }

    private static PersonalData personalData(int v) {
        return new PersonalData(CaseId.of("case-" + v), Optional.of(CustomerId.of("customer-" + v)),
                Optional.of("name " + v), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static SlaPolicy policy(int v) {
        return new SlaPolicy("p" + v, List.of(), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(8 - v)), List.of(),
                ReopenMode.RESTART);
    }

    private static CaseEvent registered(int v) {
        return CaseEvent.of(CaseId.of("case-" + v), 2, CommandId.of("register-" + v), Actor.system("intake"), T0,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR, Priority.values()[v],
                        AgentId.of("agent-" + v)));
    }

    /** The standard lifecycle's machine taking variant {@code v}'s case from received to registered. */
    private static Outcome<CaseState, CaseEventType> fired(int v, CaseEventType type) {
        return LIFECYCLE.machine().fire(CaseState.RECEIVED, type, LIFECYCLE.open(received(v)), registered(v));
    }

    /** A store passes on the last error of a retry loop, which may have seen none. */
    @Override
    protected List<Executable> documentedNullable() {
        try {
            return List.of(CaseStoreException.class.getConstructor(String.class, Throwable.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Class<?> anchor() {
        return FeedbackCase.class;
    }

    @Override
    protected Map<Class<?>, IntFunction<?>> registry() {
        Map<Class<?>, IntFunction<?>> r = new HashMap<>();
        r.put(CaseId.class, v -> CaseId.of("case-" + v));
        r.put(AgentId.class, v -> AgentId.of("agent-" + v));
        r.put(TeamId.class, v -> TeamId.of("team-" + v));
        r.put(StageId.class, v -> StageId.of("stage-" + v));
        r.put(FeedbackId.class, v -> FeedbackId.of("fb-" + v));
        r.put(CustomerId.class, v -> CustomerId.of("customer-" + v));
        r.put(TouchpointId.class, v -> TouchpointId.of("touchpoint-" + v));
        r.put(Feedback.class, PublicApiNullsTest::feedback);
        r.put(BusinessCalendar.class, v -> v == 0 ? CALENDAR : BusinessCalendar.twentyFourSeven("other", ZoneOffset.UTC));
        r.put(SlaPolicy.class, PublicApiNullsTest::policy);
        r.put(SlaClock.class, v -> SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8 - v), T0, CALENDAR));
        r.put(ServiceProcess.class, v -> ServiceProcess.builder("p-" + v, "Process").stage("s", "Stage").build());
        r.put(Clock.class, v -> Clock.fixed(T0.plusSeconds(v), ZoneOffset.UTC));
        r.put(CaseEvent.class, PublicApiNullsTest::received);
        r.put(CaseChange.class, v -> CaseChange.Received.of(feedback(v)));
        r.put(CaseChange.Received.class, v -> CaseChange.Received.of(feedback(v)));
        r.put(CaseChange.Registered.class, v -> CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR,
                Priority.values()[v], AgentId.of("agent-" + v)));
        r.put(CaseChange.Rejected.class, v -> new CaseChange.Rejected(Validity.invalid("duplicate of fb-" + v)));
        r.put(CaseChange.Confirmed.class, v -> v == 0 ? new CaseChange.Confirmed(Optional.empty())
                : CaseChange.Confirmed.withSatisfaction(5));
        r.put(CaseChange.Resolved.class, v -> v == 0 ? CaseChange.Resolved.plain()
                : new CaseChange.Resolved(Optional.of(new ServiceFailure(ServiceFailureKind.PROCESS, Severity.MINOR, T0,
                        Optional.empty(), Optional.empty(), Optional.of(RootCauseCategory.METHOD), "slow"))));
        r.put(AppendResult.Conflict.class, v -> new AppendResult.Conflict(1, 2 + v));
        r.put(AppendResult.Duplicate.class, v -> new AppendResult.Duplicate(List.of(received(v))));
        r.put(StoredCase.class, v -> new StoredCase(Optional.empty(), List.of(received(v))));
        r.put(CaseQuery.class, v -> v == 0 ? CaseQuery.all() : CaseQuery.all().inState(CaseState.REGISTERED));
        r.put(Page.class, v -> new Page(List.of(), v == 0 ? Optional.empty() : Optional.of(CaseId.of("case-9"))));
        r.put(FeedbackCase.class, v -> LIFECYCLE.open(received(v)));
        r.put(CaseSnapshot.class, v -> CaseSnapshot.of(LIFECYCLE.open(received(v))));
        r.put(CaseSnapshot.Builder.class, v -> CaseSnapshot.builder(1, CaseId.of("case-" + v), 1, T0,
                CaseState.RECEIVED, 1, feedback(v)));
        r.put(CaseSummary.class, v -> CaseSummary.of(LIFECYCLE.open(received(v))));
        r.put(PersonalData.class, PublicApiNullsTest::personalData);
        r.put(org.qualityloop.model.sla.SlaContext.class, v -> org.qualityloop.model.sla.SlaContext.of(Priority.values()[v]));
        r.put(CaseChange.Reclassified.class, v -> v == 0 ? CaseChange.Reclassified.category(FeedbackCategory.QUALITY)
                : CaseChange.Reclassified.category(FeedbackCategory.SERVICE_ATTITUDE));
        r.put(org.qualityloop.workflow.cases.SlaExplanation.Span.class,
                v -> new org.qualityloop.workflow.cases.SlaExplanation.Span(T0, T0.plusSeconds(60 + v)));
        r.put(PersonalData.Split.class, v -> PersonalData.split(received(v)));
        r.put(Erasure.class, v -> v == 0 ? Erasure.none() : Erasure.of(List.of(personalData(v))));
        r.put(FeedbackLifecycle.class, v -> v == 0 ? LIFECYCLE
                : FeedbackLifecycle.builder(CALENDAR).maxFollowUpAttempts(2).build());
        r.put(FeedbackLifecycle.Builder.class, v -> FeedbackLifecycle.builder(CALENDAR));
        r.put(CaseService.class, v -> CaseService.builder(LIFECYCLE, policy(v), Clock.fixed(T0, ZoneOffset.UTC)).build());
        r.put(CaseService.Builder.class, v -> CaseService.builder(LIFECYCLE, policy(v), Clock.fixed(T0, ZoneOffset.UTC)));
        r.put(CaseStore.class, v -> new InMemoryCaseStore());
        r.put(InMemoryCaseStore.class, v -> new InMemoryCaseStore());
        r.put(CaseFeed.class, v -> CaseFeed.from(new InMemoryCaseStore(), v));
        r.put(KnowledgeBase.class, v -> new InMemoryKnowledgeBase());
        r.put(InMemoryKnowledgeBase.class, v -> new InMemoryKnowledgeBase());
        r.put(EscalationPolicy.class, v -> EscalationPolicy.none());
        r.put(CaseListener.class, v -> (CaseListener) (current, events) -> { });
        r.put(UnitOfWork.class, v -> UnitOfWork.NONE);
        r.put(StoreTransaction.class, v -> new StoreTransaction() {
            @Override
            public Append append() {
                return (Append) r.get(Append.class).apply(v);
            }

            @Override
            public <T> Optional<T> resource(Class<T> type) {
                return Optional.empty();
            }
        });
        r.put(Append.class, v -> {
            FeedbackCase opened = LIFECYCLE.open(received(v));
            return new Append(opened.id(), 0, List.of(received(v)), Optional.of(CaseSnapshot.of(opened)),
                    CaseSummary.of(opened), UnitOfWork.NONE);
        });
        r.put(CaseCommand.class, v -> CaseCommand.open(CommandId.of("open-" + v), CaseId.of("case-" + v),
                Actor.system("intake"), feedback(v)));
        r.put(CommandResult.class, v -> new CommandResult.Accepted(LIFECYCLE.open(received(v)), List.of(received(v)),
                false));
        r.put(CommandResult.Accepted.class, r.get(CommandResult.class));
        r.put(CaseRejectedException.class, v -> new CaseRejectedException(new CommandResult.Rejected(
                CaseId.of("case-" + v), CommandResult.Reason.values()[0], Optional.empty(), CaseEventType.RECEIVE,
                "refused")));
        r.put(SlaAlert.class, v -> new SlaAlert(CaseId.of("case-" + v), 1, 1, SlaTarget.RESOLUTION,
                SlaAlert.Kind.BREACH, OptionalInt.empty(), T0));
        r.put(StateMachine.class, v -> v == 0 ? LIFECYCLE.machine()
                : FeedbackLifecycle.builder(CALENDAR).maxFollowUpAttempts(2).build().machine());
        r.put(StateMachine.Builder.class, v -> StateMachine.builder(CaseState.class, CaseEventType.class));
        r.put(Guard.class, v -> Guard.of("allowed " + v, (c, p) -> true));
        r.put(Action.class, v -> (Action<Object, Object>) (c, p) -> { });
        r.put(TransitionListener.class, v -> (TransitionListener<Object, Object, Object, Object>) (t, c, p) -> { });
        r.put(Verdict.class, v -> v == 0 ? Verdict.allow() : Verdict.refuse("no"));
        r.put(Transition.class, v -> (Transition<?, ?>) fired(v, CaseEventType.REGISTER));
        r.put(Outcome.class, r.get(Transition.class));
        r.put(Rejection.class, v -> (Rejection<?, ?>) fired(v, v == 0 ? CaseEventType.RESPOND : CaseEventType.RESOLVE));
        r.put(TransitionRejectedException.class, v -> new TransitionRejectedException(
                (Rejection<?, ?>) r.get(Rejection.class).apply(v)));
        return r;
    }
}
