package org.qualityloop.examples.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.model.Channel;
import org.qualityloop.model.StageId;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.ImportancePerformance;
import org.qualityloop.model.survey.KanoAnswer;
import org.qualityloop.model.survey.KanoResponse;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.model.survey.ServqualDimension;
import org.qualityloop.model.survey.ServqualResponse;
import org.qualityloop.model.survey.SurveyContext;

/**
 * The customers' survey answers. Whether a customer answers is drawn when their journey ends; the
 * answers are drawn a day after the journey, and all its feedback, is over, shifted by what happened
 * to them: failures and slow steps on the way, and for each closed feedback case its breached SLA
 * clocks, reopenings and a confirmed recovery. Every answer is recorded in the measurements, the
 * run log and the recovery paradox.
 *
 * <p>Not thread-safe: confined to the thread running the simulation.
 */
final class SurveyAnswers {

    private static final Duration SURVEY_DELAY = Duration.ofDays(1);
    private static final KanoAnswer[] ANSWERS = KanoAnswer.values();

    private final Surveys surveys;
    private final StageId[] stages;
    private final Rng answers;
    private final Measurements m;
    private final RunLog log;
    private final RecoveryParadox paradox;

    /**
     * Makes the survey part of a run.
     *
     * @param surveys the scenario's surveys
     * @param stages the process's stages, in order
     * @param answers the stream the answers are drawn from
     * @param m where the answers are measured
     * @param log told every answer
     * @param paradox told every NPS and end-of-journey satisfaction answer
     */
    SurveyAnswers(Surveys surveys, StageId[] stages, Rng answers, Measurements m, RunLog log,
            RecoveryParadox paradox) {
        this.surveys = surveys;
        this.stages = stages;
        this.answers = answers;
        this.m = m;
        this.log = log;
        this.paradox = paradox;
    }

    /**
     * Draws whether a customer will answer the survey.
     *
     * @return true when they will
     */
    boolean willRespond() {
        return answers.chance(surveys.responseRate());
    }

    /**
     * Takes in one of a service case's valid feedback cases as it closes: the complaint the recovery
     * paradox groups the customer by, and the shift of their answers; when it is the case's last open
     * feedback, the customer answers the survey.
     *
     * @param order the service case
     * @param failed whether the feedback was about a failed step
     * @param slow whether the feedback was about a slow step
     * @param o the feedback case's outcome
     * @param at when it closed
     */
    void feedbackClosed(ServiceCase order, boolean failed, boolean slow, CaseOutcome o, Instant at) {
        // The customer's complaint, for the recovery paradox: a failure (which the desk recovers)
        // before a slow step (which it does not).
        if (failed && !order.complaintFailed || (slow && order.complaint.isEmpty())) {
            order.complaint = Optional.of(o);
            order.complaintFailed = failed;
        }
        Surveys.Effects fx = surveys.effects();
        long breached = o.sla().stream().filter(SlaResult::breached).count();
        order.shift += fx.breach() * breached + fx.reopen() * o.reopenCount()
                + (o.closure() == Closure.CONFIRMED ? fx.recovered() : 0);
        if (--order.pending == 0) {
            survey(order, at);
        }
    }

    /**
     * Draws the survey answers of a service case's customer, when they answer surveys.
     *
     * @param o the service case
     * @param after when its journey and feedback were over
     */
    void survey(ServiceCase o, Instant after) {
        if (!o.responds) {
            return;
        }
        m.respondents++;
        Instant at = after.plus(SURVEY_DELAY);
        SurveyContext context = SurveyContext.of(o.customer, at).via(Channel.APP);
        Surveys sv = surveys;
        NpsResponse nps = NpsResponse.of(context, answers.score(sv.nps().mean() + o.shift, sv.nps().spread(), 0, 10));
        m.nps(nps);
        log.nps(nps);
        paradox.addNps(o.complaint, nps.score());
        CsatResponse last = null;
        for (int si = 0; si < stages.length; si++) {
            if (o.reached[si]) {
                double shift = o.stageShift[si] + 0.5 * (o.shift - o.stageShift[si]);
                CsatResponse csat = CsatResponse.of(context.atStage(stages[si]),
                        answers.score(sv.csat().mean() + 0.4 * shift, sv.csat().spread(), 1, 5));
                m.csat(si, csat);
                log.csat(csat);
                last = csat;
            }
        }
        if (last != null) {
            // the satisfaction with the end of the journey: the answer about the last stage reached
            paradox.addSatisfaction(o.complaint, last.score());
        }
        CesResponse ces = CesResponse.of(context, answers.score(sv.ces().mean() + 0.6 * o.shift, sv.ces().spread(), 1, 7));
        m.ces(ces);
        log.ces(ces);
        if (!answers.chance(sv.detailShare())) {
            return;
        }
        // The detailed survey, as the model's response types: 22 SERVQUAL items, the
        // importance-performance ratings and the Kano question pairs.
        List<ServqualResponse> items = new ArrayList<>(22);
        ServqualDimension[] order = {ServqualDimension.TANGIBLES, ServqualDimension.RELIABILITY,
            ServqualDimension.RESPONSIVENESS, ServqualDimension.ASSURANCE, ServqualDimension.EMPATHY};
        int[] perDimension = {4, 5, 4, 4, 5};
        for (int d = 0; d < order.length; d++) {
            Surveys.Gap gap = sv.servqual().get(order[d]);
            for (int k = 0; k < perDimension[d]; k++) {
                items.add(new ServqualResponse(context,
                        "servqual-" + (items.size() + 1), order[d], answers.score(gap.expectation(), 0.9, 1, 7),
                        answers.score(gap.perception() + 0.3 * o.shift, 1.1, 1, 7)));
            }
        }
        m.servqual(items);
        for (Surveys.IpaAttribute a : sv.ipa()) {
            m.ipa(new ImportancePerformance(context, a.attribute(), answers.score(a.importance(), 0.7, 1, 5),
                    answers.score(a.performance() + 0.2 * o.shift, 0.8, 1, 5), 5));
        }
        for (Surveys.KanoFeature f : sv.kano()) {
            KanoResponse r;
            if (answers.chance(0.1)) {
                r = new KanoResponse(context, f.feature(), ANSWERS[answers.below(5)], ANSWERS[answers.below(5)]);
            } else {
                KanoCategory category = new Categorical<>(f.categories()).draw(answers);
                r = switch (category) {
                    case ATTRACTIVE -> new KanoResponse(context, f.feature(), KanoAnswer.LIKE, KanoAnswer.NEUTRAL);
                    case ONE_DIMENSIONAL -> new KanoResponse(context, f.feature(), KanoAnswer.LIKE, KanoAnswer.DISLIKE);
                    case MUST_BE -> new KanoResponse(context, f.feature(), KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE);
                    case REVERSE -> new KanoResponse(context, f.feature(), KanoAnswer.DISLIKE, KanoAnswer.LIKE);
                    case QUESTIONABLE -> new KanoResponse(context, f.feature(), KanoAnswer.LIKE, KanoAnswer.LIKE);
                    default -> new KanoResponse(context, f.feature(), KanoAnswer.NEUTRAL, KanoAnswer.NEUTRAL);
                };
            }
            m.kano(r);
        }
    }
}
