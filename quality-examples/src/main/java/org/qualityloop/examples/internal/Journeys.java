package org.qualityloop.examples.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.Step;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;

/**
 * A service case walking through the steps of the process. For each arrival it draws the customer,
 * which steps the case uses (one per group of alternatives), each step's duration, whether it fails
 * or is slow, and whether the customer gives feedback there; then general feedback, which feedback
 * the desk will find invalid, and when each piece reaches the desk (scheduled as
 * {@link Event.FeedbackArrives}). Step and stage measures go to the measurements, the run log and
 * the journey times. A case that gives no valid feedback goes straight to the survey.
 *
 * <p>Not thread-safe: confined to the thread running the simulation.
 */
final class Journeys {

    private final ZoneId zone;
    private final FeedbackMix mix;
    private final Surveys.Effects effects;
    private final StageId[] stages;
    private final Map<TouchpointId, Integer> touchpointIndex;
    private final List<List<Step>> stepsOfStage;
    private final Categorical<FeedbackCategory> categories;
    private final Categorical<Severity> severities;
    private final Categorical<Severity> failureSeverities;
    private final List<Map.Entry<CustomerSegment, Double>> segments;
    private final long customers;
    private final Rng rng;
    private final Agenda agenda;
    private final Measurements m;
    private final RunLog log;
    private final StageTimes journeyTimes;
    private final SurveyAnswers surveys;

    /**
     * Makes the journey part of a run.
     *
     * @param scenario the scenario
     * @param stages the process's stages, in order
     * @param touchpointIndex the measurements' index of each touchpoint
     * @param customers how many customers the cases are spread over
     * @param rng the stream the journeys are drawn from
     * @param agenda where the feedback's arrivals are scheduled
     * @param m where steps and stages are measured
     * @param log told every journey
     * @param journeyTimes told the time of every step and stage
     * @param surveys the survey part, for the cases that give no valid feedback
     */
    Journeys(Scenario scenario, StageId[] stages, Map<TouchpointId, Integer> touchpointIndex, long customers,
            Rng rng, Agenda agenda, Measurements m, RunLog log, StageTimes journeyTimes, SurveyAnswers surveys) {
        this.zone = scenario.calendar().zone();
        this.mix = scenario.feedback();
        this.effects = scenario.surveys().effects();
        this.stages = stages;
        this.touchpointIndex = touchpointIndex;
        this.stepsOfStage = new ArrayList<>(scenario.stepsByStage().values());
        this.categories = new Categorical<>(mix.categories());
        this.severities = new Categorical<>(mix.severities());
        this.failureSeverities = new Categorical<>(mix.failureSeverities());
        this.segments = new ArrayList<>(scenario.demand().segments().entrySet());
        this.customers = customers;
        this.rng = rng;
        this.agenda = agenda;
        this.m = m;
        this.log = log;
        this.journeyTimes = journeyTimes;
        this.surveys = surveys;
    }

    /**
     * Walks a service case that arrives at {@code t} through the process.
     *
     * @param t when the case arrives
     */
    void walk(Instant t) {
        ServiceCase o = new ServiceCase(CustomerId.of(String.format(Locale.ROOT, "c-%06d",
                rng.below((int) Math.min(Integer.MAX_VALUE, customers)) + 1)), stages.length);
        o.segment = segmentOf(o.customer);
        Instant at = t;
        boolean stopped = false;
        Map<String, Double> groupDraw = new HashMap<>(4);
        Map<String, Double> groupUsed = new HashMap<>(4);
        List<FeedbackItem> items = new ArrayList<>(2);
        List<RunLog.StepVisit> visits = log == RunLog.NONE ? null : new ArrayList<>();
        for (int si = 0; si < stages.length && !stopped; si++) {
            Instant stageStart = at;
            boolean reached = false;
            boolean failedHere = false;
            boolean feedbackHere = false;
            long stageMs = 0;
            for (Step step : stepsOfStage.get(si)) {
                if (!uses(step, groupDraw, groupUsed)) {
                    continue;
                }
                int ti = touchpointIndex.get(step.touchpoint());
                reached = true;
                long ms = rng.millis(step.duration());
                Instant stepStart = at;
                at = at.plusMillis(ms);
                stageMs += ms;
                boolean failed = rng.chance(step.failure());
                boolean slow = !failed && step.slowAfter().isPresent() && ms > step.slowAfter().get().toMillis();
                m.stepUses[ti]++;
                m.stepTime[ti].add(ms);
                if (failed) {
                    m.stepFailures[ti]++;
                    failedHere = true;
                    o.shift += effects.failure();
                    o.stageShift[si] += effects.failure();
                } else if (slow) {
                    o.shift += effects.slow();
                    o.stageShift[si] += effects.slow();
                }
                double p = failed ? step.complaintOnFailure() : slow ? step.complaintWhenSlow() : step.complaintOtherwise();
                boolean gave = rng.chance(p);
                if (gave) {
                    FeedbackCategory category = failed ? step.failureCategory() : slow ? step.slowCategory()
                            : step.otherCategory().orElseGet(() -> categories.draw(rng));
                    Severity severity = failed ? failureSeverities.draw(rng) : severities.draw(rng);
                    items.add(new FeedbackItem(o, step, si, category, severity, failed, slow, at));
                    feedbackHere = true;
                    m.stepFeedback[ti]++;
                }
                journeyTimes.add(stages[si], step.touchpoint(), stepStart, at);
                if (visits != null) {
                    visits.add(new RunLog.StepVisit(stages[si], step.touchpoint(), stepStart, at, failed, gave));
                }
                if (failed && step.stopsOnFailure()) {
                    stopped = true;
                    break;
                }
            }
            if (reached) {
                journeyTimes.add(stages[si], stageStart, at);
                o.reached[si] = true;
                m.stageReached[si]++;
                m.stageTime[si].add(stageMs);
                if (failedHere) {
                    m.stageFailed[si]++;
                }
                if (feedbackHere) {
                    m.stageFeedback[si]++;
                }
            }
        }
        o.end = at;
        if (rng.chance(mix.generalRate())) {
            items.add(new FeedbackItem(o, null, -1, categories.draw(rng), severities.draw(rng), false, false, at));
        }
        int valid = 0;
        for (FeedbackItem item : items) {
            item.invalid = rng.chance(mix.invalidShare());
            if (!item.invalid) {
                valid++;
            }
            Instant arrives = item.occurredAt.plusMillis(rng.millis(mix.delay()));
            agenda.schedule(new Event.FeedbackArrives(arrives, agenda.next(), item));
        }
        m.caseArrived(LocalDate.ofInstant(t, zone), valid > 0);
        if (visits != null) {
            log.journey(new RunLog.Journey(t, visits, valid > 0));
        }
        o.responds = surveys.willRespond();
        o.pending = valid;
        if (valid == 0) {
            surveys.survey(o, o.end);
        }
    }

    private boolean uses(Step step, Map<String, Double> draws, Map<String, Double> used) {
        if (step.group().isEmpty()) {
            return rng.chance(step.use());
        }
        String g = step.group().get();
        double u = draws.computeIfAbsent(g, k -> rng.uniform());
        double before = used.getOrDefault(g, 0.0);
        used.put(g, before + step.use());
        return u >= before && u < before + step.use();
    }

    private CustomerSegment segmentOf(CustomerId customer) {
        double sum = 0;
        for (Map.Entry<CustomerSegment, Double> e : segments) {
            sum += e.getValue();
        }
        // A customer's segment is fixed: the golden-ratio sequence spreads customer numbers evenly.
        long n = Long.parseLong(customer.value().substring(2));
        double u = (n * 0.6180339887498949) % 1.0 * sum;
        for (Map.Entry<CustomerSegment, Double> e : segments) {
            if (u < e.getValue()) {
                return e.getKey();
            }
            u -= e.getValue();
        }
        return segments.get(segments.size() - 1).getKey();
    }
}
