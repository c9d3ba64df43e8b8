/**
 * Analyses over the event histories of feedback cases: where time goes (dwell times per state
 * and stage, in working and wall time, with the slowest node tested against the others), the
 * process map mined from the histories, what another SLA policy or calendar would have done, and
 * the service-recovery paradox in the survey answers of customers with and without complaints.
 *
 * <p>It reads {@code org.qualityloop.workflow} histories and reports with
 * {@code org.qualityloop.metrics} accumulators and tests; neither of those modules depends on it.
 * Every accumulator is streaming and mergeable like the ones of {@code quality-metrics}.
 */
module org.qualityloop.insight {
    requires transitive org.qualityloop.workflow;
    requires transitive org.qualityloop.metrics;

    exports org.qualityloop.insight;
}
