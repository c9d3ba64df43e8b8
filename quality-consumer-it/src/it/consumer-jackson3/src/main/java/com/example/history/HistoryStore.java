package com.example.history;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.qualityloop.jackson3.CaseHistoryJson;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;

/** A user's store that keeps a case's history as a JSON document written with Jackson 3. */
public final class HistoryStore {

    /** The calendar the cases are replayed with. */
    public static final BusinessCalendar CALENDAR = BusinessCalendar.builder("office", "Asia/Shanghai")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00")).build();

    private HistoryStore() {
    }

    /**
     * Opens a case through the engine and returns its history as JSON.
     *
     * @param at when the feedback arrives
     * @return the history's JSON array
     */
    public static String openAndExport(Instant at) {
        CaseService service = CaseService.builder(FeedbackLifecycle.standard(CALENDAR),
                new SlaPolicy("standard", List.of(), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(16)),
                        List.of(), ReopenMode.CONTINUE), Clock.fixed(at, ZoneOffset.UTC)).build();
        CaseId id = CaseId.of("case-1");
        Feedback feedback = Feedback.builder(FeedbackId.of("fb-1"), Channel.of("app"), at).build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("c0"), id, Actor.system("intake"), feedback));
        return CaseHistoryJson.write(service.history(id));
    }

    /**
     * Reads a stored history and replays it.
     *
     * @param json the history's JSON array
     * @return the case it describes
     */
    public static FeedbackCase importAndReplay(String json) {
        List<CaseEvent> history = CaseHistoryJson.read(json);
        return FeedbackLifecycle.standard(CALENDAR).replay(history);
    }
}
