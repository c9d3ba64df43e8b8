package org.qualityloop.examples.scenario;

import java.util.EnumSet;
import java.util.Set;
import org.qualityloop.model.kpi.KpiUnit;

/**
 * What a KPI of a scenario measures in a simulated run. Rates are percentages, times are
 * reported in the KPI's time unit, scores on their scale. "Working time" is counted on the
 * scenario's calendar as the SLA clocks count it, pauses excluded.
 */
public enum MeasureKind {
    /**
     * The share of cases that went through a stage (or used a touchpoint) without a failure.
     * Harness-defined: no library accumulator measures the simulated journeys' steps.
     */
    SUCCESS_RATE(Kind.RATE),
    /** The wall-clock time a stage took (the sum of its steps), over the cases that reached it. */
    STAGE_TIME(Kind.TIME),
    /** The wall-clock time a touchpoint's step took, over the cases that used it. */
    STEP_TIME(Kind.TIME),
    /**
     * The share of cases with feedback: about a touchpoint (over the cases that used it), about a
     * stage (over the cases that reached it), or about anything (over all cases).
     */
    COMPLAINT_RATE(Kind.RATE),
    /** The mean CSAT score (1–5) of survey answers, about a stage or overall. */
    CSAT(Kind.SCORE),
    /** The mean CES score (1–7, higher is easier) of survey answers. */
    CES(Kind.SCORE),
    /** The Net Promoter Score (−100 to 100) of survey answers. */
    NPS(Kind.NPS),
    /** The working time to the first response, over valid feedback cases. */
    FIRST_RESPONSE_TIME(Kind.TIME),
    /** The working time to resolution (every cycle), over resolved feedback cases. */
    RESOLUTION_TIME(Kind.TIME),
    /**
     * The library's resolution rate ({@code CaseOutcomeRates}): closed feedback cases resolved
     * (confirmed, or closed unreachable after the fix) over every closed case, rejected ones included.
     */
    RESOLUTION_RATE(Kind.RATE),
    /** The library's reopen rate ({@code CaseOutcomeRates}): resolved feedback cases reopened at least once. */
    REOPEN_RATE(Kind.RATE),
    /**
     * The share of valid feedback cases escalated at least once. Harness-defined: the library has
     * no escalation-rate accumulator.
     */
    ESCALATION_RATE(Kind.RATE),
    /** The share of valid feedback cases resolved at the first contact and never reopened. */
    FIRST_CONTACT_RESOLUTION(Kind.RATE),
    /** The share of feedback cases meeting an SLA target (over those that ran the target). */
    SLA_COMPLIANCE(Kind.RATE),
    /**
     * The improvement-action execution rate (改進措施執行率): the share of rectifications
     * completed within the resolution target.
     */
    ACTION_EXECUTION(Kind.RATE);

    /** The kind of quantity, which decides the unit and the significance test. */
    public enum Kind {
        /** A proportion, in percent; compared with the two-proportion z-test. */
        RATE,
        /** A duration; compared with the Mann–Whitney U test. */
        TIME,
        /** A mean score; compared with Welch's t-test. */
        SCORE,
        /** A Net Promoter Score; compared with Welch's t-test on the coded answers (+100, 0, −100). */
        NPS
    }

    private final Kind kind;

    MeasureKind(Kind kind) {
        this.kind = kind;
    }

    /**
     * Returns the kind of quantity measured.
     *
     * @return the kind of quantity measured
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The KPI units this measure can be reported in.
     *
     * @return the units
     */
    public Set<KpiUnit> units() {
        return switch (kind) {
            case RATE -> EnumSet.of(KpiUnit.PERCENT);
            case TIME -> EnumSet.of(KpiUnit.SECONDS, KpiUnit.MINUTES, KpiUnit.HOURS, KpiUnit.DAYS);
            case SCORE -> EnumSet.of(KpiUnit.SCORE);
            case NPS -> EnumSet.of(KpiUnit.NPS);
        };
    }
}
