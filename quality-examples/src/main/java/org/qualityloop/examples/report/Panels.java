package org.qualityloop.examples.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.examples.report.Svg.LegendItem;
import org.qualityloop.examples.report.Svg.Swatch;
import org.qualityloop.insight.Bottleneck;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.GroupScores;
import org.qualityloop.insight.NodeDwell;
import org.qualityloop.insight.RecoveryComparison;
import org.qualityloop.insight.RecoveryGroup;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.insight.TimeSplit;
import org.qualityloop.metrics.CesForm;
import org.qualityloop.metrics.CesResult;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.workflow.cases.SlaExplanation;

/**
 * Renders the headline, the improvement verdict with its before/after chart, the survey scores,
 * the Kano table and the insight sections (bottleneck ranking, recovery paradox, SLA explanation);
 * the process map has its own renderer, {@link ProcessMapSvg}. {@link Page} dispatches to it.
 *
 * <p>Stateless and thread-safe.
 */
final class Panels {

    /** The style rules of these sections, appended to the page's style sheet. */
    static final String STYLE = String.join("\n",
            ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:12px;margin:0 0 14px}",
            ".tile{border:1px solid var(--line);border-left:6px solid #9ca3af;border-radius:8px;padding:10px 12px;"
                    + "background:#fafafa}",
            ".tile.met{border-left-color:#009E73}.tile.at-risk{border-left-color:#E69F00}"
                    + ".tile.missed{border-left-color:#D55E00}",
            ".tile p{margin:0}",
            ".tile-label{font-size:13px;font-weight:600;line-height:1.3}",
            ".tile-stage{color:var(--muted);font-size:12px}",
            ".tile-value{font-size:24px;font-weight:700;line-height:1.3;font-variant-numeric:tabular-nums;"
                    + "margin:4px 0 2px}",
            ".tile-target{color:var(--muted);font-size:12px;margin:0 0 6px}",
            ".lead{margin:0 0 6px;font-weight:600}",
            ".written-summary{margin:0;padding-left:20px}",
            ".verdict{margin:0 0 8px;padding:10px 14px;border-radius:8px;font-weight:600}",
            ".verdict.pass{background:#dcfce7;color:#14532d}.verdict.fail{background:#fee2e2;color:#7f1d1d}",
            ".change-description{margin:0 0 10px;color:var(--muted)}",
            "tr.bottleneck th,tr.bottleneck td{background:#fff7ed}",
            ".explanation{margin:10px 0 0;padding-left:20px;font-size:13px;overflow-wrap:anywhere}",
            ".insight{margin:0 0 10px}");

    private static final String BEFORE = "#9ca3af";

    private Panels() {
    }

    /** Renders a section of this class; returns false for a section of another kind. */
    static boolean render(Markup m, String id, ReportSection section) {
        if (section instanceof HeadlineSection s) {
            headline(m, s);
        } else if (section instanceof ImprovementSection s) {
            improvement(m, id, s);
        } else if (section instanceof SurveyScoresSection s) {
            surveyScores(m, s);
        } else if (section instanceof KanoSection s) {
            kano(m, s);
        } else if (section instanceof BottleneckSection s) {
            bottleneck(m, s);
        } else if (section instanceof JourneyTimesSection s) {
            journey(m, s);
        } else if (section instanceof ProcessMapSection s) {
            m.open("figure").raw("\n");
            ProcessMapSvg.render(m, id + "-chart", s);
            m.open("figcaption");
            ProcessMapSvg.caption(m, s);
            m.close("figcaption");
            m.close("figure");
        } else if (section instanceof RecoveryParadoxSection s) {
            recovery(m, s);
        } else if (section instanceof SlaExplanationSection s) {
            slaExplanation(m, s);
        } else {
            return false;
        }
        return true;
    }

    /** The CSS class naming the kind of a section of this class, or empty. */
    static Optional<String> kind(ReportSection section) {
        String kind = section instanceof HeadlineSection ? "headline"
                : section instanceof ImprovementSection ? "improvement"
                : section instanceof SurveyScoresSection ? "survey-scores"
                : section instanceof KanoSection ? "kano"
                : section instanceof BottleneckSection ? "bottlenecks"
                : section instanceof JourneyTimesSection ? "journey-times"
                : section instanceof ProcessMapSection ? "process-map"
                : section instanceof RecoveryParadoxSection ? "recovery-paradox"
                : section instanceof SlaExplanationSection ? "sla-explanation" : null;
        return Optional.ofNullable(kind);
    }

    /** The "no data" note of a section of this class, or empty. */
    static Optional<String> noData(ReportSection section) {
        String note = section instanceof HeadlineSection ? "No data: the scorecard has no KPIs."
                : section instanceof ImprovementSection ? "No data: no KPI was compared."
                : section instanceof SurveyScoresSection ? "No data: nobody answered the CSAT or CES question."
                : section instanceof KanoSection ? "No data: no feature was rated."
                : section instanceof BottleneckSection ? "No data: no case left a state."
                : section instanceof JourneyTimesSection ? "No data: no journey step was visited."
                : section instanceof ProcessMapSection ? "No data: no case history was mined."
                : section instanceof RecoveryParadoxSection ? "No data: no survey answer was linked to a case."
                : null;
        return Optional.ofNullable(note);
    }

    // ---- headline

    private static void headline(Markup m, HeadlineSection s) {
        m.open("div", "class", "tiles").raw("\n");
        for (KpiScorecard.Row row : s.tileRows()) {
            KpiDefinition d = row.definition();
            String status = Texts.statusClass(row.status().orElse(null));
            m.open("div", "class", "tile " + status, "title", d.id().value()).raw("\n");
            m.open("p", "class", "tile-label").text(d.name());
            d.stage().ifPresent(stage -> m.raw(" ").inline("span", stage.value(), "class", "tile-stage"));
            m.close("p");
            m.element("p", row.measured().map(v -> Texts.value(v, d.unit())).orElse("\u2014"), "class", "tile-value");
            m.element("p", "target " + Texts.targetSign(d), "class", "tile-target");
            m.element("span", Texts.statusBadge(row.status().orElse(null)), "class", "status " + status);
            m.close("div");
        }
        m.close("div");
        List<String> summary = s.summary();
        if (!summary.isEmpty()) {
            m.element("p", summary.get(0), "class", "lead");
            if (summary.size() > 1) {
                m.open("ul", "class", "written-summary").raw("\n");
                for (String sentence : summary.subList(1, summary.size())) {
                    m.element("li", sentence);
                }
                m.close("ul");
            }
        }
    }

    // ---- improvement

    private static final double ROW = 50;
    private static final double LABEL_RIGHT = 214;
    private static final double VALUE_RIGHT = 316;
    private static final double BAR_LEFT = 326;
    private static final double BAR_RIGHT = 520;
    private static final double VERDICT_LEFT = 534;

    private static void improvement(Markup m, String id, ImprovementSection s) {
        m.element("p", "Verdict: " + s.verdict(), "class", "verdict " + (s.passed() ? "pass" : "fail"));
        m.element("p", (s.placebo() ? "Placebo run: " : "Change: ") + s.description(), "class", "change-description");
        m.open("figure").raw("\n");
        improvementChart(m, id + "-chart", s);
        m.open("figcaption");
        m.text("Each KPI before (grey) and after the change (coloured), with the difference after minus before: "
                + "in points for NPS, in percentage points (pp) for rates, otherwise in the KPI's unit. Rates are "
                + "tested with the two-proportion z-test, times with the Mann\u2013Whitney U test, scores and NPS "
                + "with Welch's t-test; p-values are Holm-adjusted, separately for the KPIs the change names "
                + "(listed first) and for the others, and judged at \u03B1 = " + Fmt.compact(s.alpha(), 3)
                + ". Each bar pair has its own scale.");
        m.close("figcaption");
        m.close("figure");
    }

    private static void improvementChart(Markup m, String id, ImprovementSection s) {
        List<ImprovementSection.Change> rows = s.chartOrder();
        List<LegendItem> legend = List.of(new LegendItem("before", Swatch.BAR, BEFORE),
                new LegendItem("after", Swatch.BAR, Svg.BLUE),
                new LegendItem("after, significantly better", Swatch.BAR, Svg.GREEN),
                new LegendItem("after, significantly worse", Swatch.BAR, Svg.VERMILLION));
        double top = 8 + Svg.legendHeight(legend, Svg.WIDTH - 16) + 12;
        double height = top + rows.size() * ROW + 8;
        Svg.open(m, id, height, "Before and after: " + s.title(), "Paired bars of " + rows.size()
                + (rows.size() == 1 ? " KPI" : " KPIs") + " before and after the change. " + s.verdict());
        Svg.legend(m, legend, 8, 8, Svg.WIDTH - 16);
        long named = rows.stream().filter(ImprovementSection.Change::expected).count();
        for (int i = 0; i < rows.size(); i++) {
            ImprovementSection.Change c = rows.get(i);
            double y0 = top + i * ROW;
            if (i > 0) {
                boolean split = i == named;
                m.leaf("line", "x1", "8", "y1", Fmt.coord(y0 - 2), "x2", Fmt.coord(Svg.WIDTH - 8), "y2",
                        Fmt.coord(y0 - 2), "stroke", split ? Svg.AXIS : Svg.GRID, "stroke-width", split ? "1.5" : "1");
            }
            changeRow(m, c, y0);
        }
        Svg.close(m);
    }

    private static void changeRow(Markup m, ImprovementSection.Change c, double y0) {
        KpiDefinition d = c.kpi();
        String colour = c.significant() ? (c.improved() ? Svg.GREEN : Svg.VERMILLION) : Svg.BLUE;
        m.open("g", "class", "kpi-change" + (c.expected() ? " expected" : ""), "data-kpi", d.id().value());
        m.inline("title", d.name() + ": before " + c.before().map(v -> Texts.value(v, d.unit())).orElse("not measured")
                + ", after " + c.after().map(v -> Texts.value(v, d.unit())).orElse("not measured")
                + (c.difference().isPresent() ? ", difference " + Texts.difference(c.difference().getAsDouble(), d.unit())
                        : "")
                + "; " + c.test() + (c.pValue().isPresent() ? " p " + Texts.p(c.pValue().getAsDouble()) : "")
                + (c.adjustedP().isPresent() ? ", Holm-adjusted p " + Texts.p(c.adjustedP().getAsDouble()) : "")
                + ": " + c.outcome());
        List<String> name = Texts.wrap(d.name(), 28);
        if (name.size() > 2) {
            name = List.of(name.get(0), String.join(" ", name.subList(1, name.size())));
        }
        double ty = y0 + 13;
        for (String line : name) {
            m.element("text", line, "class", "kpi-name", "x", "8", "y", Fmt.coord(ty), "font-weight", "600");
            ty += 14;
        }
        m.element("text", Texts.unitName(d.unit()) + (c.expected() ? " \u00B7 named by the change" : ""),
                "x", "8", "y", Fmt.coord(ty), "font-size", "11", "fill", Svg.MUTED);

        double lo = 0;
        double hi = 0;
        for (Optional<BigDecimal> v : List.of(c.before(), c.after())) {
            if (v.isPresent()) {
                lo = Math.min(lo, v.get().doubleValue());
                hi = Math.max(hi, v.get().doubleValue());
            }
        }
        if (hi - lo == 0) {
            hi = lo + 1;
        }
        double span = hi - lo;
        double zero = BAR_LEFT + (0 - lo) / span * (BAR_RIGHT - BAR_LEFT);
        bar(m, c.before(), d, y0 + 8, lo, span, zero, BEFORE, "before");
        bar(m, c.after(), d, y0 + 26, lo, span, zero, colour, "after");
        m.leaf("line", "x1", Fmt.coord(zero), "y1", Fmt.coord(y0 + 5), "x2", Fmt.coord(zero), "y2",
                Fmt.coord(y0 + 43), "stroke", Svg.AXIS, "stroke-width", "1");

        String diff = c.difference().isPresent() ? Texts.difference(c.difference().getAsDouble(), d.unit()) : "\u2014";
        m.element("text", diff, "class", "difference", "x", Fmt.coord(VERDICT_LEFT), "y", Fmt.coord(y0 + 14),
                "font-weight", "700", "fill", c.significant() ? colour : Svg.INK);
        m.element("text", c.outcome(), "class", "outcome", "x", Fmt.coord(VERDICT_LEFT), "y", Fmt.coord(y0 + 28),
                "font-size", "11", "fill", c.significant() ? colour : Svg.MUTED);
        if (c.adjustedP().isPresent()) {
            m.element("text", "Holm-adjusted p " + Texts.p(c.adjustedP().getAsDouble()), "x",
                    Fmt.coord(VERDICT_LEFT), "y", Fmt.coord(y0 + 42), "font-size", "11", "fill", Svg.MUTED);
        }
        m.close("g");
    }

    private static void bar(Markup m, Optional<BigDecimal> value, KpiDefinition d, double y, double lo, double span,
            double zero, String colour, String cssClass) {
        String text = value.map(v -> Texts.value(v, d.unit())).orElse("\u2014");
        m.element("text", text, "class", "value " + cssClass, "x", Fmt.coord(VALUE_RIGHT), "y", Fmt.coord(y + 10.5),
                "text-anchor", "end", "font-size", "11", "fill", cssClass.equals("before") ? Svg.MUTED : Svg.INK);
        if (value.isEmpty()) {
            return;
        }
        double x = BAR_LEFT + (value.get().doubleValue() - lo) / span * (BAR_RIGHT - BAR_LEFT);
        double left = Math.min(x, zero);
        m.leaf("rect", "class", "bar " + cssClass, "x", Fmt.coord(left), "y", Fmt.coord(y), "width",
                Fmt.coord(Math.max(1, Math.abs(x - zero))), "height", "13", "fill", colour);
    }

    // ---- CSAT and CES

    private static void surveyScores(Markup m, SurveyScoresSection s) {
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "survey-scores").raw("\n");
        m.element("caption", "Mean answers on each question's own scale, the share at the good end of the scale, "
                + "and the number of answers.");
        header(m, "Measure", "Mean", "Scale", "Good end", "Answers");
        m.open("tbody").raw("\n");
        s.csat().ifPresent(c -> row(m, "Customer satisfaction (CSAT)", Fmt.number(c.mean(), 2) + " of "
                + c.scaleMax(), c.scaleMin() + "\u2013" + c.scaleMax() + ", higher is better",
                "top two boxes " + Fmt.percentOfShare(c.topTwoBoxShare(), 1), Texts.count(c.responses())));
        s.ces().ifPresent(c -> row(m, "Customer effort (CES" + (c.form() == CesForm.AGREEMENT_1_TO_7 ? " 2.0)" : ")"),
                Fmt.number(c.mean(), 2) + " of " + c.form().max(), cesScale(c),
                c.agreeShare().map(p -> "easy (5\u20137) " + Fmt.percent(p.percent(), 1)).orElse("\u2014"),
                Texts.count(c.responses())));
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    private static String cesScale(CesResult c) {
        return c.form() == CesForm.AGREEMENT_1_TO_7 ? "1\u20137, 7 = it was very easy"
                : "1\u20135, 1 = very low effort (lower is better)";
    }

    // ---- Kano

    private static void kano(Markup m, KanoSection s) {
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "kano").raw("\n");
        m.element("caption", "Answers per Kano category (A attractive, O one-dimensional, M must-be, I indifferent, "
                + "R reverse, Q questionable), the feature's category by the most answers, and its better "
                + "(A + O) / (A + O + M + I) and worse \u2212(O + M) / (A + O + M + I) coefficients.");
        m.open("thead").open("tr");
        m.inline("th", "Feature", "scope", "col").inline("th", "Category", "scope", "col");
        for (KanoCategory c : KanoCategory.values()) {
            m.inline("th", c.name().substring(0, 1), "scope", "col", "class", "num", "title", kanoName(c));
        }
        m.inline("th", "Better", "scope", "col", "class", "num").inline("th", "Worse", "scope", "col", "class", "num");
        m.close("tr").close("thead");
        m.open("tbody").raw("\n");
        for (Map.Entry<String, Map<KanoCategory, Long>> e : s.counts().entrySet()) {
            KanoTally tally = s.tally(e.getKey());
            m.open("tr");
            m.inline("th", e.getKey(), "scope", "row");
            m.inline("td", tally.classification().map(Panels::kanoName).orElse("\u2014"));
            for (KanoCategory c : KanoCategory.values()) {
                m.inline("td", Texts.count(e.getValue().get(c)), "class", "num");
            }
            m.inline("td", tally.coefficients().map(k -> Fmt.number(k.better(), 2)).orElse("\u2014"), "class", "num");
            m.inline("td", tally.coefficients().map(k -> Fmt.number(k.worse(), 2)).orElse("\u2014"), "class", "num");
            m.close("tr");
        }
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    static String kanoName(KanoCategory c) {
        return switch (c) {
            case ATTRACTIVE -> "attractive (delighter)";
            case ONE_DIMENSIONAL -> "one-dimensional (performance)";
            case MUST_BE -> "must-be (basic)";
            case INDIFFERENT -> "indifferent";
            case REVERSE -> "reverse";
            case QUESTIONABLE -> "questionable";
        };
    }

    // ---- bottlenecks

    private static void bottleneck(Markup m, BottleneckSection s) {
        Bottleneck b = s.bottleneck().orElseThrow();
        String measure = measure(s.measure());
        StringBuilder lead = new StringBuilder();
        lead.append("Slowest: ").append(Texts.state(b.node().node().name())).append(", median ")
                .append(Texts.duration(b.median())).append(" of ").append(measure).append(" per visit against ")
                .append(Texts.duration(b.othersMedian())).append(" for every other ")
                .append(b.node().node().stage().isPresent() ? "stage and state" : "state");
        lead.append(slowerTest(b.test(), b.significantAt(s.alpha()), s.alpha()));
        m.element("p", lead.toString(), "class", "insight");
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "bottlenecks").raw("\n");
        m.element("caption", "Nodes ranked by the median visit in " + measure + ", slowest first; a visit runs from "
                + "entering the state to leaving it. The last column is the median wait on the customer over the "
                + "visits that waited.");
        header(m, "#", "Node", "Visits", "Median", "90th percentile", "Mean", "Waited on customer");
        m.open("tbody").raw("\n");
        int rank = 1;
        for (NodeDwell n : s.ranking()) {
            TimeSplit split = wall(s.measure()) ? n.wall() : n.working();
            TimeDistributionResult r = team(s.measure()) ? split.team() : split.total();
            m.open("tr", "class", rank == 1 ? "bottleneck" : null);
            m.inline("td", Integer.toString(rank), "class", "num");
            m.inline("th", Texts.state(n.node().name()), "scope", "row", "title", n.node().name());
            m.inline("td", Texts.count(n.visits()), "class", "num");
            m.inline("td", Texts.duration(r.p50()), "class", "num");
            m.inline("td", Texts.duration(r.p90()), "class", "num");
            m.inline("td", Texts.duration(r.mean()), "class", "num");
            m.inline("td", split.customer().map(c -> Texts.duration(c.p50()) + " (" + Texts.count(c.count())
                    + (c.count() == 1 ? " visit)" : " visits)")).orElse("\u2014"), "class", "num");
            m.close("tr");
            rank++;
        }
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    private static void journey(Markup m, JourneyTimesSection s) {
        StageTimes.Slowest b = s.slowest().orElseThrow();
        String measure = measure(s.measure());
        StringBuilder lead = new StringBuilder();
        lead.append("Slowest step: ").append(b.node().node().name()).append(", mean ")
                .append(Texts.duration(b.node().of(s.measure()).mean())).append(" of ").append(measure)
                .append(" per visit");
        b.othersMean().ifPresent(o -> lead.append(" against ").append(Texts.duration(o))
                .append(" for every other step"));
        lead.append(slowerTest(b.test(), b.significantAt(s.alpha()), s.alpha()));
        m.element("p", lead.toString(), "class", "insight");
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "bottlenecks").raw("\n");
        m.element("caption", "Steps of the journey (stage / step) ranked by the mean visit in " + measure
                + ", slowest first: a journey's step times add up, so the first adds most to the mean journey."
                + (s.moreSteps() > 0 ? " " + Texts.count(s.moreSteps()) + " faster steps are not listed." : ""));
        header(m, "#", "Step", "Visits", "Median", "90th percentile", "Mean");
        m.open("tbody").raw("\n");
        int rank = 1;
        for (StageTimes.Visits v : s.ranking()) {
            TimeDistributionResult r = v.of(s.measure());
            m.open("tr", "class", rank == 1 ? "bottleneck" : null);
            m.inline("td", Integer.toString(rank), "class", "num");
            m.inline("th", v.node().name(), "scope", "row");
            m.inline("td", Texts.count(v.count()), "class", "num");
            m.inline("td", Texts.duration(r.p50()), "class", "num");
            m.inline("td", Texts.duration(r.p90()), "class", "num");
            m.inline("td", Texts.duration(r.mean()), "class", "num");
            m.close("tr");
            rank++;
        }
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    /** The slowest node's Mann–Whitney test, as the end of the sentence naming it. */
    private static String slowerTest(Optional<MannWhitneyTest> test, boolean significant, double alpha) {
        if (test.isEmpty()) {
            return " (no test: nothing to compare it with).";
        }
        MannWhitneyTest t = test.get();
        return " (Mann\u2013Whitney U, p " + Texts.p(t.pValue()) + ", rank-biserial r " + Fmt.signed(t.effectSize(), 2)
                + "): " + (significant ? "significantly slower" : "not significantly slower") + " at \u03B1 = "
                + Fmt.compact(alpha, 3) + '.';
    }

    private static boolean wall(DwellMeasure measure) {
        return measure == DwellMeasure.WALL || measure == DwellMeasure.TEAM_WALL;
    }

    private static boolean team(DwellMeasure measure) {
        return measure == DwellMeasure.TEAM_WALL || measure == DwellMeasure.TEAM_WORKING;
    }

    private static String measure(DwellMeasure measure) {
        return switch (measure) {
            case WALL -> "wall-clock time";
            case WORKING -> "working time";
            case TEAM_WALL -> "wall-clock time waiting on the team";
            case TEAM_WORKING -> "working time waiting on the team";
        };
    }

    // ---- recovery paradox

    private static void recovery(Markup m, RecoveryParadoxSection s) {
        for (RecoveryComparison c : s.comparisons()) {
            m.element("p", comparison(c, s), "class", "insight");
        }
        scoresTable(m, "Group", "NPS and satisfaction by what happened to the customer's complaint; intervals "
                + "are 95\u00A0% (adjusted Wald for NPS, Wilson for the satisfied share).", s.groups().entrySet()
                .stream().map(e -> Map.entry(group(e.getKey()), e.getValue())).toList());
        if (!s.byAction().isEmpty()) {
            scoresTable(m, "Recovery action", "Recovered customers by the kind of recovery action that succeeded for "
                    + "them; a customer with several counts under each.", s.byAction().entrySet().stream()
                    .map(e -> Map.entry(action(e.getKey()), e.getValue())).toList());
        }
    }

    private static String comparison(RecoveryComparison c, RecoveryParadoxSection s) {
        StringBuilder b = new StringBuilder();
        b.append(capitalised(group(c.first()))).append(" against ").append(group(c.second())).append(": ");
        if (c.nps().isPresent()) {
            var n = c.nps().get();
            b.append("NPS difference ").append(Texts.difference(n.difference(), org.qualityloop.model.kpi.KpiUnit.NPS))
                    .append(" (95\u00A0% CI ").append(Fmt.number(n.interval().lower(), 1)).append(" to ")
                    .append(Fmt.number(n.interval().upper(), 1)).append(", p ").append(Texts.p(n.pValue()))
                    .append(")");
        } else {
            b.append("NPS not compared (a group has no answer)");
        }
        b.append("; ");
        if (c.satisfied().isPresent()) {
            var t = c.satisfied().get();
            b.append("satisfied share ").append(Fmt.percentOfShare(t.proportionBefore(), 1)).append(" against ")
                    .append(Fmt.percentOfShare(t.proportionAfter(), 1)).append(", difference ")
                    .append(Fmt.signed(100 * (t.proportionBefore() - t.proportionAfter()), 1)).append("\u00A0pp (p ")
                    .append(Texts.p(t.pValue())).append(").");
        } else {
            b.append("satisfied share not compared (a group has no rating, or all or none are satisfied).");
        }
        return b.toString();
    }

    private static void scoresTable(Markup m, String first, String caption, List<Map.Entry<String, GroupScores>> rows) {
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "recovery").raw("\n");
        m.element("caption", caption);
        header(m, first, "NPS answers", "NPS", "95\u00A0% CI", "Ratings", "Mean (1\u20135)", "Satisfied (4\u20135)",
                "95\u00A0% CI");
        m.open("tbody").raw("\n");
        for (Map.Entry<String, GroupScores> e : rows) {
            GroupScores g = e.getValue();
            Optional<NpsResult> nps = g.nps();
            Optional<CsatResult> sat = g.satisfaction();
            m.open("tr");
            m.inline("th", capitalised(e.getKey()), "scope", "row");
            m.inline("td", nps.map(n -> Texts.count(n.responses())).orElse("0"), "class", "num");
            m.inline("td", nps.map(n -> Fmt.number(n.score(), 1)).orElse("\u2014"), "class", "num");
            m.inline("td", nps.map(n -> Fmt.number(n.adjustedWald().lower(), 1) + " to "
                    + Fmt.number(n.adjustedWald().upper(), 1)).orElse("\u2014"), "class", "num");
            m.inline("td", sat.map(c -> Texts.count(c.responses())).orElse("0"), "class", "num");
            m.inline("td", sat.map(c -> Fmt.number(c.mean(), 2)).orElse("\u2014"), "class", "num");
            m.inline("td", sat.map(c -> Fmt.percentOfShare(c.topTwoBoxShare(), 1)).orElse("\u2014"), "class", "num");
            m.inline("td", g.satisfiedInterval().map(i -> Fmt.number(100 * i.lower(), 1) + " to "
                    + Fmt.percentOfShare(i.upper(), 1)).orElse("\u2014"), "class", "num");
            m.close("tr");
        }
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    private static String group(RecoveryGroup g) {
        return switch (g) {
            case RECOVERED -> "recovered after a failure";
            case NEVER_FAILED -> "never failed";
            case NOT_RECOVERED -> "failed, not recovered";
        };
    }

    private static String action(RecoveryActionKind k) {
        return switch (k) {
            case APOLOGY -> "apology";
            case EXPLANATION -> "explanation";
            case FIX -> "fix";
            case COMPENSATION -> "compensation";
            case FOLLOW_UP -> "follow-up";
            case ESCALATION -> "escalation";
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- SLA explanation

    private static void slaExplanation(Markup m, SlaExplanationSection s) {
        SlaExplanation e = s.explanation();
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "sla-facts").raw("\n");
        m.element("caption", "The clock's key facts; the working time is counted on the calendar, pauses excluded.");
        m.open("tbody").raw("\n");
        fact(m, "SLA target", e.target().code());
        fact(m, "status", e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        fact(m, "working time allowed", Texts.duration(e.targetDuration()) + " on calendar " + e.calendar());
        fact(m, "working time counted", Texts.duration(e.elapsed()));
        fact(m, "started", e.start().toString());
        fact(m, "deadline", e.deadline().toString());
        e.breachedAt().ifPresent(t -> fact(m, "breached", t + " (" + Texts.duration(overrun(e)) + " of working time "
                + "over the target by " + e.at() + ")"));
        m.close("tbody");
        m.close("table");
        m.close("div");
        m.open("ul", "class", "explanation").raw("\n");
        for (String line : s.lines()) {
            m.element("li", line);
        }
        m.close("ul");
    }

    private static Duration overrun(SlaExplanation e) {
        Duration over = e.elapsed().minus(e.targetDuration());
        return over.isNegative() ? Duration.ZERO : over;
    }

    private static void fact(Markup m, String key, String value) {
        m.open("tr").inline("th", key, "scope", "row").inline("td", value).close("tr");
    }

    // ---- shared

    private static void header(Markup m, String... columns) {
        m.open("thead").open("tr");
        for (int i = 0; i < columns.length; i++) {
            m.inline("th", columns[i], "scope", "col", "class", i <= 1 ? null : "num");
        }
        m.close("tr").close("thead");
    }

    private static void row(Markup m, String... cells) {
        m.open("tr");
        m.inline("th", cells[0], "scope", "row");
        for (int i = 1; i < cells.length; i++) {
            m.inline("td", cells[i], "class", i == cells.length - 1 ? "num" : null);
        }
        m.close("tr");
    }
}
