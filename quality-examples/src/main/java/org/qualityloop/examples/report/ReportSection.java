package org.qualityloop.examples.report;

/**
 * One section of a {@link QualityReport}: a chart or a table with its title. The sections are
 * the data of the report, already computed; the report only lays them out.
 *
 * <p>A section may have no data (an empty series, a Pareto analysis of no complaints, a
 * scorecard without KPIs). It is then rendered as a short "no data" note instead of an empty
 * chart, and {@link QualityReport#sectionsWithoutData()} lists it so that the caller can tell.
 *
 * <p>Every implementation is an immutable record and thread-safe.
 */
public sealed interface ReportSection
        permits NpsTrendSection, SlaTrendSection, ControlChartSection, ParetoSection, ServqualSection,
        ImportancePerformanceSection, ScorecardSection, SummarySection, HeadlineSection, ImprovementSection,
        SurveyScoresSection, KanoSection, BottleneckSection, ProcessMapSection, RecoveryParadoxSection,
        SlaExplanationSection, JourneyTimesSection {

    /**
     * Returns the section's heading.
     *
     * @return the title, never blank
     */
    String title();

    /**
     * Tells whether the section has anything to show.
     *
     * @return {@code false} if the section is rendered as a "no data" note
     */
    boolean hasData();
}
