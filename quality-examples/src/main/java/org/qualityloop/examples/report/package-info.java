/**
 * A self-contained HTML report of a run with inline SVG charts: headline KPI tiles with a written
 * summary, an improvement's verdict with a before/after chart, the NPS trend with its confidence
 * band, SLA compliance per target, control charts with run-rule violations marked, a Pareto chart,
 * CSAT and CES, SERVQUAL gaps, the importance–performance grid, the Kano classification, the KPI
 * scorecard and a run summary; and the analyses of {@code org.qualityloop.insight}: the bottleneck
 * ranking, the process map, the recovery paradox and the SLA explanation of a sample case.
 *
 * <p>{@link org.qualityloop.examples.report.QualityReport} assembles
 * {@link org.qualityloop.examples.report.ReportSection}s of already-computed data (results of
 * {@code org.qualityloop.metrics}) and renders or writes the page. The page needs no network and no
 * script, is well-formed XML as well as HTML, and renders the same for the same input. Every type is
 * immutable and thread-safe, except the report's builder.
 */
package org.qualityloop.examples.report;
