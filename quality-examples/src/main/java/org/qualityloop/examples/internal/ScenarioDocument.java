package org.qualityloop.examples.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shape of a scenario file as Jackson binds it: every field as written, nothing validated
 * yet, absent fields as {@code null}. {@link ScenarioReader} binds a file to these records and
 * then checks and converts them. The process, the SLA policy, the KPI definitions and the
 * compensation stay JSON trees here, to be read with the model's own shape. Not exported.
 */
final class ScenarioDocument {

    private ScenarioDocument() {
    }

    /**
     * The document.
     *
     * @param name the scenario's code
     * @param title its title
     * @param description its description
     * @param start its first day
     * @param process the service process, in the model's shape
     * @param calendar the business calendar
     * @param slaPolicy the SLA policy, in the model's shape
     * @param kpis the KPIs
     * @param demand the arrivals
     * @param steps the journey's steps
     * @param feedback the feedback mix
     * @param desk the service desk
     * @param surveys the surveys
     * @param improvements the improvements
     */
    record Doc(String name, String title, String description, String start, JsonNode process, CalendarDoc calendar,
            JsonNode slaPolicy, List<KpiDoc> kpis, DemandDoc demand, List<StepDoc> steps, FeedbackDoc feedback,
            DeskDoc desk, SurveysDoc surveys, List<ImprovementDoc> improvements) {
    }

    /**
     * A business calendar.
     *
     * @param name its id
     * @param zone its time zone
     * @param hours the working intervals by day of the week
     * @param holidays the dates and yearly dates without work
     * @param specialHours the working intervals of particular dates
     */
    record CalendarDoc(String name, String zone, Map<String, List<String>> hours, List<String> holidays,
            Map<String, List<String>> specialHours) {
    }

    /**
     * A KPI.
     *
     * @param definition its definition, in the model's shape
     * @param measure what the simulation measures for it
     */
    record KpiDoc(JsonNode definition, MeasureDoc measure) {
    }

    /**
     * A measure.
     *
     * @param kind the kind
     * @param stage the stage
     * @param touchpoint the touchpoint
     * @param target the SLA target
     * @param statistic the statistic
     */
    record MeasureDoc(String kind, String stage, String touchpoint, String target, String statistic) {
    }

    /**
     * The arrivals.
     *
     * @param casesPerDay cases a weekday
     * @param weekendFactor a weekend day's share of a weekday
     * @param hourly the weights of the hours
     * @param segments the weights of the segments
     * @param casesPerCustomer cases a customer brings
     */
    record DemandDoc(BigDecimal casesPerDay, BigDecimal weekendFactor, List<BigDecimal> hourly,
            Map<String, BigDecimal> segments, BigDecimal casesPerCustomer) {
    }

    /**
     * A log-normal duration.
     *
     * @param median the median
     * @param p90 the 90th percentile
     */
    record LogNormalDoc(String median, String p90) {
    }

    /**
     * A step of the journey.
     *
     * @param touchpoint the touchpoint
     * @param use the share of cases using it
     * @param group the group of alternatives
     * @param duration the duration
     * @param failure the failure probability
     * @param stopsOnFailure whether a failure ends the journey
     * @param failureCategory the category of a failure's complaint
     * @param failureKind the kind of service failure
     * @param rootCause the root cause
     * @param complaintOnFailure the probability of a complaint on failure
     * @param slowAfter when the step counts as slow
     * @param slowCategory the category of a slow step's complaint
     * @param complaintWhenSlow the probability of a complaint when slow
     * @param otherCategory the category of other feedback
     * @param complaintOtherwise the probability of other feedback
     */
    record StepDoc(String touchpoint, BigDecimal use, String group, LogNormalDoc duration, BigDecimal failure,
            Boolean stopsOnFailure, String failureCategory, String failureKind, String rootCause,
            BigDecimal complaintOnFailure, String slowAfter, String slowCategory, BigDecimal complaintWhenSlow,
            String otherCategory, BigDecimal complaintOtherwise) {
    }

    /**
     * The feedback mix.
     *
     * @param generalRate the rate of general feedback
     * @param categories the weights of the categories
     * @param severities the weights of the severities
     * @param failureSeverities the weights of the severities after a failure
     * @param channels the weights of the channels
     * @param delay the delay before feedback
     * @param invalidShare the share of invalid feedback
     */
    record FeedbackDoc(BigDecimal generalRate, Map<String, BigDecimal> categories, Map<String, BigDecimal> severities,
            Map<String, BigDecimal> failureSeverities, Map<String, BigDecimal> channels, LogNormalDoc delay,
            BigDecimal invalidShare) {
    }

    /**
     * The service desk.
     *
     * @param agents the number of agents
     * @param currency the currency of the default compensation
     * @param escalation the escalation chain
     * @param escalateOn the SLA targets whose breach escalates
     * @param priorities the priority of each severity
     * @param priorityUpgrade the segments whose priority is raised
     * @param firstContact the first contact's duration
     * @param resolution the resolution's duration
     * @param firstContactResolution the share resolved at first contact
     * @param awaitCustomer the share that waits for the customer
     * @param customerReply the customer's reply time
     * @param fixFailure the share of fixes that fail
     * @param followUpDelay the delay before the follow-up
     * @param followUpCall the follow-up call's duration
     * @param reachRate the share of calls that reach the customer
     * @param followUpAttempts the follow-up attempts
     * @param knowledgeShare the share captured in the knowledge base
     * @param compensationShare the share compensated
     * @param compensation the compensation, in the model's shape
     * @param satisfaction the satisfaction after a resolution
     */
    record DeskDoc(BigDecimal agents, String currency, List<String> escalation, List<String> escalateOn,
            Map<String, String> priorities, List<String> priorityUpgrade, LogNormalDoc firstContact,
            LogNormalDoc resolution, BigDecimal firstContactResolution, BigDecimal awaitCustomer,
            LogNormalDoc customerReply, BigDecimal fixFailure, LogNormalDoc followUpDelay, LogNormalDoc followUpCall,
            BigDecimal reachRate, BigDecimal followUpAttempts, BigDecimal knowledgeShare,
            BigDecimal compensationShare, JsonNode compensation, BigDecimal satisfaction) {
    }

    /**
     * The surveys.
     *
     * @param responseRate the response rate
     * @param nps the likelihood-to-recommend score
     * @param csat the satisfaction score
     * @param ces the effort score
     * @param effects the effects of events on scores
     * @param detailShare the share answering the detailed survey
     * @param servqual the SERVQUAL gaps
     * @param ipa the importance-performance attributes
     * @param kano the Kano features
     */
    record SurveysDoc(BigDecimal responseRate, ScoreDoc nps, ScoreDoc csat, ScoreDoc ces, EffectsDoc effects,
            BigDecimal detailShare, Map<String, GapDoc> servqual, List<IpaDoc> ipa, List<KanoDoc> kano) {
    }

    /**
     * A score's distribution.
     *
     * @param mean the mean
     * @param spread the spread
     */
    record ScoreDoc(BigDecimal mean, BigDecimal spread) {
    }

    /**
     * The effects of events on scores.
     *
     * @param failure of a failure
     * @param slow of a slow step
     * @param breach of an SLA breach
     * @param reopen of a reopening
     * @param recovered of a recovery
     */
    record EffectsDoc(BigDecimal failure, BigDecimal slow, BigDecimal breach, BigDecimal reopen,
            BigDecimal recovered) {
    }

    /**
     * A SERVQUAL gap.
     *
     * @param expectation the expectation
     * @param perception the perception
     */
    record GapDoc(BigDecimal expectation, BigDecimal perception) {
    }

    /**
     * An importance-performance attribute.
     *
     * @param attribute the name
     * @param importance the importance
     * @param performance the performance
     */
    record IpaDoc(String attribute, BigDecimal importance, BigDecimal performance) {
    }

    /**
     * A Kano feature.
     *
     * @param feature the name
     * @param categories the weights of the categories
     */
    record KanoDoc(String feature, Map<String, BigDecimal> categories) {
    }

    /**
     * An improvement.
     *
     * @param name its code
     * @param description its description
     * @param changes its changes
     * @param expected the KPIs it is expected to move
     */
    record ImprovementDoc(String name, String description, List<ChangeDoc> changes, List<String> expected) {
    }

    /**
     * A change; which fields apply depends on its type.
     *
     * @param type the type
     * @param touchpoint the touchpoint (step-duration, step-failure)
     * @param factor the factor (step-duration, step-failure, handling-time)
     * @param agents the agents (agents)
     * @param points the points (satisfaction)
     */
    record ChangeDoc(String type, String touchpoint, BigDecimal factor, BigDecimal agents, BigDecimal points) {
    }
}
